#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "Dashboard": an empty state until the page is built.
class DashboardPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
};

} // namespace Linkwright
