#include "paginationformat.h"

#include "project/projectfile.h"

namespace Linkwright {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

/// The optional string members, in the order they are written.
const QList<std::pair<const char *, QString Pagination::*>> &textMembers()
{
    static const QList<std::pair<const char *, QString Pagination::*>> Members{
        {"pageParam", &Pagination::pageParam},
        {"sizeParam", &Pagination::sizeParam},
        {"offsetParam", &Pagination::offsetParam},
        {"cursorParam", &Pagination::cursorParam},
        {"cursorPath", &Pagination::cursorPath},
        {"itemsPath", &Pagination::itemsPath},
        {"totalHeader", &Pagination::totalHeader},
        {"totalPath", &Pagination::totalPath},
        {"modifiedSinceParam", &Pagination::modifiedSinceParam},
    };
    return Members;
}

} // namespace

namespace PaginationFormat {

Pagination read(JsonChecker &check, const QJsonObject &object, const QString &path)
{
    Pagination pagination;
    QStringList allowed{key("style"), key("firstPage"), key("pagesAtOnce")};
    for (const auto &[name, member] : textMembers())
        allowed.append(key(name));
    check.checkKeys(object, path, allowed);

    pagination.style = check
                           .choice<Pagination::Style>(
                               object, key("style"), path, paginationStyleKeys(),
                               [](const QString &text) -> std::optional<Pagination::Style> {
                                   const qsizetype i = paginationStyleKeys().indexOf(text);
                                   if (i < 0)
                                       return std::nullopt;
                                   return static_cast<Pagination::Style>(i);
                               },
                               true)
                           .value_or(Pagination::Style::Page);
    for (const auto &[name, member] : textMembers()) {
        const auto text = check.string(object, key(name), path, false);
        if (!text)
            continue;
        if (text->trimmed().isEmpty()) {
            check.error(JsonChecker::join(path, key(name)), ProjectFile::tr("is empty"),
                ProjectFile::tr("Leave the key out to use the default."));
            continue;
        }
        pagination.*member = text->trimmed();
    }
    if (auto first = check.integer(object, key("firstPage"), path, 0, 1, false))
        pagination.firstPage = static_cast<int>(*first);
    if (auto atOnce = check.integer(object, key("pagesAtOnce"), path, 1, Pagination::MaxPagesAtOnce, false))
        pagination.pagesAtOnce = static_cast<int>(*atOnce);
    return pagination;
}

void write(JsonWriter &out, const Pagination &pagination)
{
    if (pagination.isDefault())
        return;
    out.beginObject(key("pagination"));
    out.value(key("style"), paginationStyleKey(pagination.style));
    for (const auto &[name, member] : textMembers()) {
        if (!(pagination.*member).isEmpty())
            out.value(key(name), pagination.*member);
    }
    if (pagination.firstPage != Pagination().firstPage)
        out.value(key("firstPage"), pagination.firstPage);
    if (pagination.pagesAtOnce != Pagination().pagesAtOnce)
        out.value(key("pagesAtOnce"), pagination.pagesAtOnce);
    out.endObject();
}

} // namespace PaginationFormat

} // namespace Linkwright
