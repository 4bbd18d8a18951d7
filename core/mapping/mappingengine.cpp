#include "mappingengine.h"

#include "mapping/fieldcheck.h"
#include "mapping/fieldpath.h"
#include "mapping/transformstep.h"

#include <algorithm>

namespace Linkwright {

namespace {

using FailureKind = MappingFailure::FailureKind;

/// Deeper targets are refused: the output is built recursively, and no shop nests that deep.
constexpr int MaxTargetDepth = 32;

struct CompiledMapping {
    QString target;
    QByteArray name; ///< the target's name when it is not nested
    QString label; ///< mappings[2] (target "name")
    QList<FieldPath> sources;
    QList<TransformStep> steps;
    qsizetype joinAt = -1; ///< the concat step, if any
    bool missingIsNull = false; ///< the chain begins with default or uses constant
    bool usesConstant = false; ///< the source's value is not used, typo or not
    QStringList readByAny; ///< every mapping's source paths: a field they read is no typo
    bool required = false;
    FieldType type = FieldType::Any;
};

/// The shape of the target object: a leaf holds the value of one mapping, a branch the
/// members a dotted target ("dimensions.length") puts inside it.
struct TargetNode {
    QByteArray name;
    int mapping = -1; ///< the leaf's mapping; -1 for a branch
    int firstMapping = -1; ///< the mapping that made the node, for messages
    QList<TargetNode> children;
};

/// Members are assigned into a list made at its final size: QList's append is costly for a type
/// Qt does not know to be relocatable.
Value build(const QList<TargetNode> &nodes, QList<Value> &values)
{
    QList<Member> members(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const TargetNode &node = nodes.at(i);
        members[i].name = node.name;
        members[i].value = node.mapping >= 0 ? std::move(values[node.mapping]) : build(node.children, values);
    }
    return Value::object(std::move(members));
}

/// One mapping on one record: read the sources, run the chain, check type and "required".
std::expected<Value, MappingFailure> run(const CompiledMapping &m, int i, const Value &source)
{
    const auto failure = [&m, i](FailureKind kind, const StepError &error) {
        return std::unexpected(
            MappingFailure{i, m.target, kind, m.label + QStringLiteral(": ") + error.message, error.hint});
    };
    const auto read = [&](const FieldPath &path) -> std::expected<Value, MappingFailure> {
        auto value = path.resolve(source);
        if (value)
            return **value;
        if (value.error().isMissing() && m.missingIsNull) {
            // A "default" filled in for "descripton" on every record and overwrote the target's
            // descriptions with nothing, without a word: a record that has the field a slip away
            // fails instead.
            const auto meant = m.usesConstant ? std::nullopt : path.typoOf(value.error());
            if (!meant)
                return Value();
            // The near field is one a mapping reads, or inside or around one ("billTo.country"
            // beside "billTo.county", "weight.value"): a field of its own.
            const int at = value.error().segment;
            const QString near = (at > 0 ? path.prefix(at - 1) + u'.' : QString()) + QString::fromUtf8(*meant);
            const bool readToo = std::ranges::any_of(m.readByAny, [&near](const QString &other) {
                return other == near || near.startsWith(other + u'.') || near.startsWith(other + u'[')
                    || other.startsWith(near + u'.') || other.startsWith(near + u'[');
            });
            if (readToo)
                return Value();
            StepError error = path.describe(value.error());
            error.hint = Mapping::tr("The record has %1: a typo in the source? The \"default\" fills in only "
                                     "where a record has no such field.")
                             .arg(Mapping::quoted(*meant));
            return failure(FailureKind::Map, error);
        }
        return failure(FailureKind::Map, path.describe(value.error()));
    };

    Value current;
    qsizetype next = 0;
    if (m.joinAt < 0) {
        if (!m.sources.isEmpty()) {
            auto value = read(m.sources.constFirst());
            if (!value)
                return std::unexpected(std::move(value.error()));
            current = std::move(*value);
        }
    } else {
        // The steps before concat treat each source alone; concat joins them.
        QList<Value> parts;
        parts.reserve(m.sources.size());
        for (const FieldPath &path : m.sources) {
            auto value = read(path);
            if (!value)
                return std::unexpected(std::move(value.error()));
            parts.append(std::move(*value));
        }
        if (parts.isEmpty())
            parts.append(Value());
        for (; next < m.joinAt; ++next) {
            for (Value &part : parts) {
                if (auto problem = m.steps.at(next).apply(part))
                    return failure(FailureKind::Map, *problem);
            }
        }
        auto joined = m.steps.at(next++).join(parts);
        if (!joined)
            return failure(FailureKind::Map, joined.error());
        current = std::move(*joined);
    }
    for (; next < m.steps.size(); ++next) {
        if (auto problem = m.steps.at(next).apply(current))
            return failure(FailureKind::Map, *problem);
    }

    if (m.required) {
        if (auto problem = FieldCheck::checkRequired(current))
            return failure(FailureKind::Validate, *problem);
    }
    if (m.type != FieldType::Any) {
        if (auto problem = FieldCheck::check(current, m.type))
            return failure(FailureKind::Validate, *problem);
    }
    return current;
}

} // namespace

struct MappingEngine::Data {
    QList<CompiledMapping> mappings;
    QList<TargetNode> targets;
    bool flat = true; ///< no target is nested: members go straight into the result, in order
    QByteArray keyField; ///< kept by withoutSourceStamps(), whatever its name
};

MappingEngine::MappingEngine()
    : d(std::make_shared<const Data>())
{
}

QList<QByteArray> MappingEngine::sourceMembers() const
{
    QList<QByteArray> names;
    for (const CompiledMapping &mapping : d->mappings) {
        for (const FieldPath &path : mapping.sources) {
            const QList<FieldPath::Segment> &segments = path.segments();
            // A path that starts with an index reads the record as an array: the whole of it.
            if (segments.isEmpty() || segments.constFirst().isIndex)
                return {};
            if (!names.contains(segments.constFirst().name))
                names.append(segments.constFirst().name);
        }
    }
    return names;
}

qsizetype MappingEngine::mappingCount() const
{
    return d->mappings.size();
}

Result<MappingEngine> MappingEngine::compile(const DataPointConfig &config)
{
    auto data = std::make_shared<Data>();
    data->keyField = config.keyField.toUtf8();
    for (int i = 0; i < config.mappings.size(); ++i) {
        if (auto error = compileMapping(*data, config, i))
            return std::unexpected(std::move(*error));
    }
    QStringList read;
    for (const CompiledMapping &mapping : std::as_const(data->mappings)) {
        for (const FieldPath &path : mapping.sources)
            read.append(path.text());
    }
    for (CompiledMapping &mapping : data->mappings)
        mapping.readByAny = read;
    MappingEngine engine;
    engine.d = std::move(data);
    return engine;
}

QList<Error> MappingEngine::problems(const DataPointConfig &config)
{
    // Each mapping on its own, so that one report lists them all; a mapping that failed is left
    // out, which can only hide an overlap with it.
    Data data;
    QList<Error> found;
    for (int i = 0; i < config.mappings.size(); ++i) {
        if (auto error = compileMapping(data, config, i))
            found.append(std::move(*error));
    }
    return found;
}

std::optional<Error> MappingEngine::compileMapping(Data &data, const DataPointConfig &config, int i)
{
    const FieldMapping &mapping = config.mappings.at(i);
    const QString where = QStringLiteral("dataPoints.%1.mappings[%2]").arg(DataPoints::key(config.kind)).arg(i);
    const auto problem = [&where](const QString &place, const StepError &error) {
        return Error{
            ErrorCode::InvalidProject, place.isEmpty() ? where : where + u'.' + place, error.message, error.hint};
    };
    CompiledMapping compiled;
    compiled.target = mapping.target;
    compiled.label = Mapping::tr("mappings[%1] (target \"%2\")").arg(i).arg(mapping.target);
    compiled.required = mapping.required;
    compiled.type = mapping.type;

    for (int k = 0; k < mapping.transforms.size(); ++k) {
        auto step = TransformStep::compile(mapping.transforms.at(k));
        if (!step)
            return problem(QStringLiteral("transforms[%1]").arg(k), step.error());
        if (step->joinsSources() && compiled.joinAt < 0)
            compiled.joinAt = k;
        if (step->op() == TransformStep::Op::Constant)
            compiled.missingIsNull = compiled.usesConstant = true;
        compiled.steps.append(*step);
    }
    if (!compiled.steps.isEmpty() && compiled.steps.constFirst().op() == TransformStep::Op::Default)
        compiled.missingIsNull = true;

    for (int s = 0; s < mapping.sources.size(); ++s) {
        auto path = FieldPath::parse(mapping.sources.at(s));
        if (!path) {
            return problem(mapping.sources.size() == 1 ? QStringLiteral("source") : QStringLiteral("source[%1]").arg(s),
                path.error());
        }
        compiled.sources.append(*path);
    }
    const bool constant = std::ranges::any_of(
        compiled.steps, [](const TransformStep &step) { return step.op() == TransformStep::Op::Constant; });
    if (compiled.sources.isEmpty() && !constant) {
        return problem(QStringLiteral("source"),
            {Mapping::tr("names no source field, and no \"constant\" gives the value"),
                Mapping::tr("Name the source field, for example \"source\": \"title\".")});
    }
    if (compiled.sources.size() > 1 && compiled.joinAt < 0) {
        return problem(QStringLiteral("source"),
            {Mapping::tr("names %1 fields but no transform combines them").arg(compiled.sources.size()),
                Mapping::tr("Add a \"concat\" transform, or map a single field.")});
    }

    // Place the target in the output's shape; two mappings must never write the same place.
    auto target = FieldPath::parse(mapping.target, false);
    if (!target)
        return problem(QStringLiteral("target"), target.error());
    const QList<FieldPath::Segment> &segments = target->segments();
    compiled.name = segments.constFirst().name;
    data.flat = data.flat && segments.size() == 1;
    if (segments.size() > MaxTargetDepth) {
        return problem(QStringLiteral("target"),
            {Mapping::tr("nests %1 levels deep; at most %2 are allowed").arg(segments.size()).arg(MaxTargetDepth), {}});
    }
    QList<TargetNode> *level = &data.targets;
    for (int j = 0; j < segments.size(); ++j) {
        const bool leaf = j == segments.size() - 1;
        auto found = std::ranges::find_if(
            *level, [&segments, j](const TargetNode &node) { return node.name == segments.at(j).name; });
        if (found != level->end()) {
            const QString other = QStringLiteral("mappings[%1]").arg(found->firstMapping);
            if (leaf || found->mapping >= 0) {
                const QString message = leaf && found->mapping >= 0
                    ? Mapping::tr("\"%1\" is already mapped by %2").arg(mapping.target, other)
                    : Mapping::tr("\"%1\" overlaps the target of %2").arg(mapping.target, other);
                return problem(QStringLiteral("target"),
                    {message,
                        Mapping::tr("A field is either set whole or built from fields inside it; map each "
                                    "place once.")});
            }
            level = &found->children;
        } else {
            level->append({segments.at(j).name, leaf ? i : -1, i, {}});
            level = &level->last().children;
        }
    }
    data.mappings.append(std::move(compiled));
    return std::nullopt;
}

std::expected<Value, MappingFailure> MappingEngine::map(const Value &source) const
{
    if (d->mappings.isEmpty())
        return withoutSourceStamps(source, d->keyField);
    if (!source.isObject()) {
        return std::unexpected(MappingFailure{-1, {}, FailureKind::Map,
            Mapping::tr("the source record is %1, not an object").arg(Mapping::describe(source)),
            Mapping::tr("Records are JSON objects; check the endpoint's resource path.")});
    }
    if (d->flat) {
        QList<Member> members(d->mappings.size());
        for (int i = 0; i < d->mappings.size(); ++i) {
            auto value = run(d->mappings.at(i), i, source);
            if (!value)
                return std::unexpected(std::move(value.error()));
            members[i].name = d->mappings.at(i).name;
            members[i].value = std::move(*value);
        }
        return Value::object(std::move(members));
    }
    QList<Value> values(d->mappings.size());
    for (int i = 0; i < d->mappings.size(); ++i) {
        auto value = run(d->mappings.at(i), i, source);
        if (!value)
            return std::unexpected(std::move(value.error()));
        values[i] = std::move(*value);
    }
    return build(d->targets, values);
}

Value MappingEngine::withoutSourceStamps(const Value &source, const QByteArray &keyField)
{
    // The source's "id" is its own: a target that reads "id" as its own record's took the copy
    // for another record (stock 100003 sent as the shop's record 100003). Its "modifiedAt" says
    // when the source touched the record: sent along, a touch with no change made a plan item
    // (and a write) of every such record. Mappings that want either name them; the key stays.
    const auto dropped = [&](const QByteArray &name) {
        return (name == "id" || name == "modifiedAt") && name != keyField;
    };
    if (!source.isObject() || std::ranges::none_of(source.members(), dropped, &Member::name))
        return source;
    QList<Member> members;
    members.reserve(source.members().size());
    for (const Member &member : source.members()) {
        if (!dropped(member.name))
            members.append(member);
    }
    return Value::object(std::move(members));
}

std::optional<Value> MappingEngine::mapOne(const QString &target, const Value &source) const
{
    if (!source.isObject())
        return std::nullopt;
    if (d->mappings.isEmpty()) {
        const Value *value = source.find(target.toUtf8());
        return value ? std::optional<Value>(*value) : std::nullopt;
    }
    for (int i = 0; i < d->mappings.size(); ++i) {
        if (d->mappings.at(i).target != target)
            continue;
        auto value = run(d->mappings.at(i), i, source);
        return value ? std::optional<Value>(std::move(*value)) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace Linkwright
