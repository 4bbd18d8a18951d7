#include "recordnaming.h"

#include "domain/jsonscan.h"

namespace Linkwright {

namespace {

QString textOf(const Value *value)
{
    if (!value || !(value->isString() || value->isNumber()))
        return {};
    return QString::fromUtf8(value->utf8());
}

} // namespace

RecordNaming::RecordNaming(const DataPointConfig &config)
    : m_keyField(config.keyField)
    , m_sourceKeyField(config.keyField.toUtf8())
{
    for (const FieldMapping &mapping : config.mappings) {
        if (mapping.target == config.keyField && mapping.sources.size() == 1)
            m_sourceKeyField = mapping.sources.constFirst().toUtf8();
    }
}

RecordName RecordNaming::nameOf(const MappingEngine &engine, const Value &source) const
{
    if (const auto mapped = engine.mapOne(m_keyField, source)) {
        QString key = textOf(&*mapped);
        if (!key.trimmed().isEmpty())
            return {std::move(key), true};
    }
    return {sourceKey(source), false};
}

RecordName RecordNaming::nameOfText(const MappingEngine &engine, QByteArrayView text) const
{
    const auto key = JsonScan::stringMember(text, m_sourceKeyField);
    if (!key)
        return {};
    return nameOf(engine, Value::object({{m_sourceKeyField, Value::utf8(*key)}}));
}

QString RecordNaming::sourceKey(const Value &source) const
{
    return source.isObject() ? textOf(source.find(m_sourceKeyField)) : QString();
}

} // namespace Linkwright
