#include "fieldpath.h"

#include "domain/editdistance.h"

#include <cstdlib>

namespace Linkwright {

std::expected<FieldPath, StepError> FieldPath::parse(QStringView text, bool allowIndexes)
{
    // Every message begins with the path; %1 in each is where it goes.
    const QString quoted = Mapping::quoted(text.toUtf8());
    const auto problem = [](const QString &message, const QString &hint) {
        return std::unexpected(StepError{message, hint});
    };
    const QString syntax = allowIndexes
        ? Mapping::tr("Name a field, a nested field with dots or an array item with [n]: \"name\", "
                      "\"address.city\", \"lines[0].sku\".")
        : Mapping::tr("Name a field, or a nested field with dots: \"name\", \"dimensions.length\".");
    if (text.isEmpty())
        return std::unexpected(StepError{Mapping::tr("the field name is empty"), syntax});

    FieldPath path;
    path.m_text = text.toString();
    qsizetype i = 0;
    bool expectName = true;
    while (i < text.size()) {
        if (expectName) {
            QString name;
            while (i < text.size() && text.at(i) != u'.' && text.at(i) != u'[') {
                if (text.at(i) == u']')
                    return problem(Mapping::tr("%1 has a \"]\" without a \"[\"").arg(quoted), syntax);
                if (text.at(i) == u'\\') {
                    if (i + 1 == text.size())
                        return problem(Mapping::tr("%1 ends with a backslash").arg(quoted),
                            Mapping::tr("A backslash takes the next character literally, as in \"size\\.cm\"."));
                    ++i;
                }
                name += text.at(i++);
            }
            if (name.isEmpty())
                return problem(Mapping::tr("%1 has an empty field name").arg(quoted), syntax);
            path.m_segments.append({name.toUtf8(), 0, false, i});
            expectName = false;
        } else if (text.at(i) == u'.') {
            ++i;
            expectName = true;
            if (i == text.size())
                return problem(Mapping::tr("%1 ends with a dot").arg(quoted), syntax);
        } else { // '['
            if (!allowIndexes)
                return problem(
                    Mapping::tr("%1 names an array item, but a target can only name fields").arg(quoted), syntax);
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0)
                return problem(Mapping::tr("%1 has a \"[\" without a \"]\"").arg(quoted), syntax);
            bool ok = false;
            const qint64 index = text.sliced(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok) {
                return problem(
                    Mapping::tr("%1 has %2, which is not an array index").arg(quoted, text.sliced(i, close - i + 1)),
                    Mapping::tr("Use a whole number: [0] is the first item, [-1] the last."));
            }
            i = close + 1;
            path.m_segments.append({{}, index, true, i});
            if (i < text.size() && text.at(i) != u'.' && text.at(i) != u'[')
                return problem(Mapping::tr("%1 needs a dot after %2").arg(quoted, text.sliced(0, i)), syntax);
        }
    }
    return path;
}

std::expected<const Value *, FieldPath::Miss> FieldPath::resolve(const Value &record) const
{
    static const Value Null;
    const Value *current = &record;
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        if (current->isNull())
            return &Null;
        if (!segment.isIndex) {
            if (current->isObject()) {
                const Value *member = current->find(segment.name);
                if (!member)
                    return std::unexpected(Miss{Miss::Kind::NoField, i, *current});
                current = member;
            } else if (current->isArray() && current->items().isEmpty()) {
                // Some shops send [] for an empty object; its fields are missing, not misshapen.
                return std::unexpected(Miss{Miss::Kind::NoField, i, Value::object({})});
            } else {
                return std::unexpected(Miss{Miss::Kind::WrongShape, i, *current});
            }
        } else {
            if (!current->isArray())
                return std::unexpected(Miss{Miss::Kind::WrongShape, i, *current});
            const qsizetype size = current->items().size();
            const qint64 index = segment.index < 0 ? size + segment.index : segment.index;
            if (index < 0 || index >= size)
                return std::unexpected(Miss{Miss::Kind::NoItem, i, *current});
            current = &current->items().at(index);
        }
    }
    return current;
}

std::optional<QByteArray> FieldPath::typoOf(const Miss &miss) const
{
    if (miss.kind != Miss::Kind::NoField || !miss.container.isObject())
        return std::nullopt;
    const QString typed = QString::fromUtf8(m_segments.at(miss.segment).name);
    const QString wanted = typed.toCaseFolded();
    // Stricter than the hint's guess, which may name a field a letter away ("height" for
    // "weight"): only a slip that makes no other word.
    // A record read in part (a run reads only the fields its mappings name) holds only the
    // missing field's neighbours that were asked for: its whole text names them all.
    for (const QByteArray &member : Mapping::memberNames(miss.container)) {
        if (std::abs(member.size() - m_segments.at(miss.segment).name.size()) > 1)
            continue;
        const QString name = QString::fromUtf8(member).toCaseFolded();
        // "street2" beside "street1", or "image" beside "images", are two fields, not a slip.
        const auto withoutDigits = [](QString text) { return text.removeIf([](QChar c) { return c.isDigit(); }); };
        if ((name != wanted && withoutDigits(name) == withoutDigits(wanted)) || name + u's' == wanted
            || wanted + u's' == name)
            continue;
        if (isLikelySlip(typed, QString::fromUtf8(member)))
            return member;
    }
    return std::nullopt;
}

QString FieldPath::prefix(int i) const
{
    return m_text.left(m_segments.at(i).end);
}

StepError FieldPath::describe(const Miss &miss) const
{
    const QString parent = miss.segment > 0 ? prefix(miss.segment - 1) : QString();
    const QString parentQuoted = Mapping::quoted(parent.toUtf8());
    const QString whole = Mapping::quoted(m_text.toUtf8());
    switch (miss.kind) {
    case Miss::Kind::NoField: {
        // The name meant is often past the first few listed: the likeliest come first.
        const Mapping::NearNames near =
            Mapping::nearFirst(Mapping::memberNames(miss.container), m_segments.at(miss.segment).name);
        const QList<QByteArray> &names = near.names;
        const QString message = miss.segment == 0
            ? Mapping::tr("the source record has no field %1").arg(whole)
            : Mapping::tr("the source record has no field %1 (%2 has no %3)")
                  .arg(whole, parentQuoted, Mapping::quoted(m_segments.at(miss.segment).name));
        QString hint;
        if (miss.segment == 0)
            hint = names.isEmpty() ? Mapping::tr("The record has no fields.")
                                   : Mapping::tr("The record has these fields: %1.").arg(Mapping::listed(names));
        else
            hint = names.isEmpty() ? Mapping::tr("%1 has no fields.").arg(parentQuoted)
                                   : Mapping::tr("%1 has these fields: %2.").arg(parentQuoted, Mapping::listed(names));
        if (near.meant)
            hint = Mapping::tr("Did you mean %1?").arg(Mapping::quoted(*near.meant)) + u' ' + hint;
        return {message, hint};
    }
    case Miss::Kind::NoItem: {
        const qsizetype size = miss.container.items().size();
        const QString item = Mapping::quoted(prefix(miss.segment).toUtf8());
        return {size == 1
                ? Mapping::tr("the source record has no %1 (%2 has 1 item)").arg(item, parentQuoted)
                : Mapping::tr("the source record has no %1 (%2 has %3 items)").arg(item, parentQuoted).arg(size),
            size == 0 ? Mapping::tr("The array is empty; a \"default\" transform first gives a value instead.")
                      : Mapping::tr("Use an index from 0 to %1, or -1 for the last item.").arg(size - 1)};
    }
    case Miss::Kind::WrongShape:
        break;
    }
    const bool wantsArray = m_segments.at(miss.segment).isIndex;
    const QString found = Mapping::describe(miss.container);
    QString message;
    if (miss.segment == 0)
        message = Mapping::tr("the source record is %1, not an object").arg(found);
    else if (wantsArray)
        message = Mapping::tr("cannot read %1: %2 is %3, not an array").arg(whole, parentQuoted, found);
    else
        message = Mapping::tr("cannot read %1: %2 is %3, not an object").arg(whole, parentQuoted, found);
    return {message, Mapping::tr("Compare the path with a record from the source; \"preview\" shows some.")};
}

} // namespace Linkwright
