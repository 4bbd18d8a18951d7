#include "transformstep.h"

namespace Linkwright {

namespace {

using Op = TransformStep::Op;

bool isAscii(QByteArrayView text)
{
    return std::ranges::all_of(text, [](char c) { return static_cast<uchar>(c) < 0x80; });
}

/// Occurrences as split and replace see them: each match starts after the previous one ends.
qsizetype occurrences(QByteArrayView text, QByteArrayView separator)
{
    qsizetype count = 0;
    for (qsizetype at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + separator.size()))
        ++count;
    return count;
}

} // namespace

std::optional<StepError> TransformStep::applyText(Value &value) const
{
    if (!value.isString() && !value.isNumber())
        return wrongInput(Mapping::tr("text"), value);
    const QByteArray text = value.utf8(); // shared, not copied; value is replaced below
    const auto tooLong = [this] {
        return StepError{Mapping::tr("\"%1\" would make the text longer than %2 MB")
                             .arg(m_name)
                             .arg(Mapping::MaxTextBytes / (1024 * 1024)),
            Mapping::tr("The source field holds far more text than a record should; check the source.")};
    };

    switch (m_op) {
    case Op::Trim: {
        // A number has no spaces and no case: it stays a number.
        if (value.isNumber())
            return std::nullopt;
        QByteArray cut = Mapping::trimmed(text);
        if (cut.size() != text.size())
            value = Value::utf8(std::move(cut));
        return std::nullopt;
    }
    case Op::Upper:
    case Op::Lower: {
        if (value.isNumber())
            return std::nullopt;
        const bool upper = m_op == Op::Upper;
        if (isAscii(text)) {
            // Codes and units are often in the right case already: no copy then.
            const char from = upper ? 'a' : 'A';
            if (std::ranges::any_of(text, [from](char c) { return c >= from && c <= from + 25; }))
                value = Value::utf8(upper ? text.toUpper() : text.toLower());
            return std::nullopt;
        }
        const QString unicode = QString::fromUtf8(text);
        value = Value::string(upper ? unicode.toUpper() : unicode.toLower());
        return std::nullopt;
    }
    case Op::Replace: {
        const qsizetype count = occurrences(text, m_text);
        if (count == 0) {
            value = Value::utf8(text);
            return std::nullopt;
        }
        if (text.size() + count * (m_replacement.size() - m_text.size()) > Mapping::MaxTextBytes)
            return tooLong();
        QByteArray out = text;
        out.replace(m_text, m_replacement);
        value = Value::utf8(std::move(out));
        return std::nullopt;
    }
    case Op::Prefix:
    case Op::Suffix:
        if (text.size() + m_text.size() > Mapping::MaxTextBytes)
            return tooLong();
        value = Value::utf8(m_op == Op::Prefix ? m_text + text : text + m_text);
        return std::nullopt;
    case Op::Split: {
        qint64 index = m_index;
        if (index < 0)
            index += occurrences(text, m_text) + 1;
        qsizetype start = 0;
        bool exists = index >= 0;
        for (qint64 part = 0; exists && part < index; ++part) {
            const qsizetype at = text.indexOf(m_text, start);
            exists = at >= 0;
            start = at + m_text.size();
        }
        if (!exists) { // fewer parts than the index asks for: no value
            value = Value();
            return std::nullopt;
        }
        qsizetype end = text.indexOf(m_text, start);
        if (end < 0)
            end = text.size();
        value = Value::utf8(text.sliced(start, end - start));
        return std::nullopt;
    }
    default:
        break;
    }
    return std::nullopt;
}

std::expected<Value, StepError> TransformStep::join(const QList<Value> &parts) const
{
    const QList<Value> &values = parts.size() == 1 && parts.constFirst().isArray() ? parts.constFirst().items() : parts;
    QByteArray out;
    bool any = false;
    for (const Value &part : values) {
        QByteArrayView text;
        switch (part.type()) {
        case Value::Type::Null:
            continue;
        case Value::Type::String:
        case Value::Type::Number:
            text = part.utf8();
            break;
        case Value::Type::Bool:
            text = part.toBool() ? QByteArrayView("true") : QByteArrayView("false");
            break;
        case Value::Type::Array:
        case Value::Type::Object:
            return std::unexpected(wrongInput(Mapping::tr("text or numbers"), part));
        }
        // Empty text is left out as null is: a first name "" gave " Lee" where a null one gave "Lee".
        if (text.isEmpty() && part.isString())
            continue;
        if (out.size() + m_text.size() + text.size() > Mapping::MaxTextBytes) {
            return std::unexpected(StepError{Mapping::tr("\"%1\" would make the text longer than %2 MB")
                                                 .arg(m_name)
                                                 .arg(Mapping::MaxTextBytes / (1024 * 1024)),
                Mapping::tr("The source fields hold far more text than a record should; check the source.")});
        }
        if (any)
            out += m_text;
        out += text;
        any = true;
    }
    // Nothing to join is no value rather than "": a "default" after concat can then fill it.
    if (!any)
        return Value();
    return Value::utf8(std::move(out));
}

} // namespace Linkwright
