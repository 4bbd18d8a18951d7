#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "Runs": an empty state until the page is built.
class RunsPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit RunsPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
};

} // namespace Linkwright
