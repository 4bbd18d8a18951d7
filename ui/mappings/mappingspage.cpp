#include "mappingspage.h"

#include "widgets/icons.h"

namespace Linkwright {

MappingsPage::MappingsPage(QWidget *parent)
    : EmptyPage(PageId::Mappings, PageId::DataPoints, parent)
{
    retranslateUi();
}

QString MappingsPage::title() const
{
    return tr("Mappings");
}

QIcon MappingsPage::icon() const
{
    return Icons::themed(QStringLiteral("link"), QStyle::SP_FileLinkIcon);
}

void MappingsPage::retranslate()
{
    setTexts({
        .subtitle = tr("How each field of one system becomes a field of the other."),
        .title = tr("Field mappings"),
        .text = tr("Mappings turn the fields of one system into the fields of the other, with transforms such as "
                   "trim, upper case or a fixed default. This page will list and edit them per data point; for now, "
                   "the Data points page shows how many each one has."),
        .firstStep = tr("Go to Data Points"),
    });
}

} // namespace Linkwright
