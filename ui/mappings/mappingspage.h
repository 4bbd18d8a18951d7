#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "Mappings": an empty state until the page is built.
class MappingsPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit MappingsPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
};

} // namespace Linkwright
