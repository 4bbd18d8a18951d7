#include "duplicatekeys.h"

#include "domain/json.h"
#include "project/jsonchecker.h"

#include <QHash>

namespace Linkwright {

namespace {

/// QJsonDocument reads documents nested up to this deep; checking as deep covers every file it
/// accepts.
constexpr int MaxDepth = 1024;

void collect(const Value &value, const QString &path, Diagnostics &out)
{
    if (value.isArray()) {
        const QList<Value> &items = value.items();
        for (qsizetype i = 0; i < items.size(); ++i)
            collect(items.at(i), JsonChecker::index(path, i), out);
        return;
    }
    if (!value.isObject())
        return;
    const QList<Member> &members = value.members();
    QHash<QByteArray, int> counts;
    for (const Member &member : members)
        ++counts[member.name];
    QHash<QByteArray, int> seen;
    for (const Member &member : members) {
        const QString name = QString::fromUtf8(member.name);
        const QString where = JsonChecker::join(path, name);
        // Reported where the key comes the second time, so the errors follow the file's order.
        if (++seen[member.name] == 2) {
            const int count = counts.value(member.name);
            out.append({Diagnostic::Severity::Error, where,
                count == 2 ? ProjectFile::tr("the key \"%1\" appears twice in this object").arg(name)
                           : ProjectFile::tr("the key \"%1\" appears %2 times in this object")
                                 .arg(name, QString::number(count)),
                ProjectFile::tr(
                    "Keep one of them, since only the last one counts; a merge of two versions of the file often "
                    "leaves both.")});
        }
        collect(member.value, where, out);
    }
}

} // namespace

Diagnostics duplicateKeys(QByteArrayView json)
{
    JsonReader reader(MaxDepth);
    reader.setKeepsRepeatedMembers(true);
    Diagnostics problems;
    const auto document = reader.parse(Json::withoutByteOrderMark(json));
    if (document) {
        collect(*document, QString(), problems);
        return problems;
    }
    // QJsonDocument accepted the file (it is asked first), this reader not (a lone surrogate
    // escape, say): unchecked, a repeated key would pass in silence, so the file is refused.
    problems.append({Diagnostic::Severity::Error, QString(),
        ProjectFile::tr("the file holds JSON that cannot be checked for repeated keys: %1")
            .arg(document.error().message),
        ProjectFile::tr("Usually an escape such as \\ud800 that stands for no character; write the text itself.")});
    return problems;
}

} // namespace Linkwright
