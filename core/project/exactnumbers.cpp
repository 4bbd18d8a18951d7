#include "exactnumbers.h"

#include "domain/decimal.h"
#include "domain/json.h"
#include "project/jsonchecker.h"

#include <QLocale>

namespace Linkwright {

namespace {

bool keptByDouble(const QByteArray &text)
{
    const auto exact = Decimal::parse(text);
    if (!exact)
        return false; // more digits than even the engine reads exactly (38, or 30 decimals)
    bool ok = false;
    const double value = QByteArrayView(text).toDouble(&ok);
    if (!ok)
        return false;
    const auto kept = Decimal::parse(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    return kept && *kept == *exact;
}

void collect(const Value &value, const QString &path, Diagnostics &out)
{
    if (value.isNumber()) {
        const QByteArray text = value.utf8();
        if (!keptByDouble(text)) {
            out.append({Diagnostic::Severity::Error, path,
                ProjectFile::tr("the number %1 has more digits than can be kept exactly")
                    .arg(QString::fromLatin1(text)),
                ProjectFile::tr("Write it as text, in quotes (\"%1\"): transform arguments such as factors, "
                                "constants and lookup values keep every digit of text.")
                    .arg(QString::fromLatin1(text))});
        }
    } else if (value.isArray()) {
        const QList<Value> &items = value.items();
        for (qsizetype i = 0; i < items.size(); ++i)
            collect(items.at(i), JsonChecker::index(path, i), out);
    } else if (value.isObject()) {
        for (const Member &member : value.members())
            collect(member.value, JsonChecker::join(path, QString::fromUtf8(member.name)), out);
    }
}

} // namespace

Diagnostics inexactNumbers(QByteArrayView json)
{
    Diagnostics problems;
    if (const auto document = Json::parse(Json::withoutByteOrderMark(json)))
        collect(*document, QString(), problems);
    return problems;
}

} // namespace Linkwright
