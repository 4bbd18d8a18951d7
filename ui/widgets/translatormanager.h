#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace Linkwright {

/// Switches the interface language at run time. Installing or removing a translator makes Qt
/// send QEvent::LanguageChange to every widget, and each window and page retranslates itself.
class TranslatorManager final : public QObject
{
    Q_OBJECT

public:
    struct Language {
        QString code; ///< "en", "de", "da"
        QString nativeName; ///< in its own language, so anyone can find theirs
    };

    static constexpr auto SourceLanguage = "en";

    /// qmDirectory holds linkwright_<code>.qm; a resource prefix such as ":/i18n" works too.
    explicit TranslatorManager(QString qmDirectory, QObject *parent = nullptr);
    ~TranslatorManager() override;

    [[nodiscard]] static QList<Language> languages();

    /// English is always available; the others when their .qm file is found.
    [[nodiscard]] bool isAvailable(const QString &code) const;
    [[nodiscard]] QString currentLanguage() const { return m_current; }
    [[nodiscard]] QString qmDirectory() const { return m_qmDirectory; }

    /// Returns false, and keeps the current language, when the translation is not installed.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_qmDirectory;
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Linkwright
