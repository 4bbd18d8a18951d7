#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "Diffs": an empty state until the page is built.
class DiffsPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit DiffsPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
};

} // namespace Linkwright
