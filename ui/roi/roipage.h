#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "ROI": an empty state until the page is built.
class RoiPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit RoiPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
};

} // namespace Linkwright
