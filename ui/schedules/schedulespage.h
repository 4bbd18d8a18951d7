#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "Schedules": an empty state until the page is built.
class SchedulesPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit SchedulesPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
};

} // namespace Linkwright
