// RestPaging::failureSaidBy: pages that come with a success status and say they failed.
#include "restpaging.h"

#include "connectors/rest/restanswer.h"

#include <QStringList>

namespace Linkwright {

namespace {

/// Text a member of an error envelope says, or empty when it says nothing (see saysSomething).
QString saidBy(const Value *value)
{
    if (!RestAnswer::saysSomething(value)) // {"error": 0}, [], "" say there was none
        return {};
    if (value->isString())
        return value->text().trimmed();
    if (value->isObject()) {
        for (const char *name : {"message", "error", "detail"}) {
            if (const Value *inner = value->find(name); inner && inner->isString())
                return inner->text().trimmed();
        }
    }
    if (value->isArray()) {
        QStringList parts; // [{"message": "Unauthorized"}] says "Unauthorized"
        for (const Value &item : value->items().mid(0, 3)) {
            if (const QString part = saidBy(&item); !part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral("; "));
    }
    return value->toDisplayString().left(300);
}

} // namespace

QString RestPaging::failureSaidBy(const Value &body, qsizetype records)
{
    if (!body.isObject())
        return {};
    QString said;
    for (const char *name : {"error", "errors"}) {
        if (said.isEmpty())
            said = saidBy(body.find(name));
    }
    for (const char *flag : {"ok", "success"}) {
        const Value *value = body.find(flag);
        if (value && value->isBool() && !value->toBool()) {
            if (said.isEmpty())
                said = saidBy(body.find("message"));
            return said.isEmpty() ? RestPaging::tr("\"%1\": false").arg(QString::fromLatin1(flag)) : said;
        }
    }
    // Records beside an error (a partial answer) are still records; without any, it failed.
    return records == 0 ? said : QString();
}

} // namespace Linkwright
