#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace Linkwright {

/// A short status message with an icon in front, so the status never rests on colour alone.
class StatusLabel final : public QWidget
{
    Q_OBJECT

public:
    enum class Status {
        None, ///< no icon; plain text
        Info,
        Ok,
        Warning,
        Error,
        Running,
    };

    explicit StatusLabel(QWidget *parent = nullptr);

    void setStatus(Status status, const QString &text);
    void clear();

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString text() const;

private:
    Status m_status = Status::None;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Linkwright
