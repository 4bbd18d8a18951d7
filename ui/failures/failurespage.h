#pragma once

#include "widgets/emptypage.h"

namespace Linkwright {

/// "Failure log": an empty state until the page is built.
class FailuresPage final : public EmptyPage
{
    Q_OBJECT

public:
    explicit FailuresPage(QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

protected:
    void retranslate() override;
    [[nodiscard]] QIcon emptyIcon() const override;
};

} // namespace Linkwright
