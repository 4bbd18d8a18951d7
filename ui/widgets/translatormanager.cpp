#include "translatormanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>

#include <algorithm>

namespace Linkwright {

namespace {

const QString AppCatalogue = QStringLiteral("linkwright");

bool isKnown(const QString &code)
{
    const QList<TranslatorManager::Language> all = TranslatorManager::languages();
    return std::ranges::any_of(
        all, [&code](const TranslatorManager::Language &language) { return language.code == code; });
}

} // namespace

TranslatorManager::TranslatorManager(QString qmDirectory, QObject *parent)
    : QObject(parent)
    , m_qmDirectory(std::move(qmDirectory))
    , m_current(QString::fromLatin1(SourceLanguage))
{
}

TranslatorManager::~TranslatorManager()
{
    removeTranslators();
}

QList<TranslatorManager::Language> TranslatorManager::languages()
{
    // Language names are deliberately not translated: people look for their own language by
    // the name it has for them, whatever the interface currently shows.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("da"), QStringLiteral("Dansk")},
    };
}

bool TranslatorManager::isAvailable(const QString &code) const
{
    if (code == QLatin1String(SourceLanguage))
        return true;
    if (!isKnown(code))
        return false;
    return QFile::exists(QDir(m_qmDirectory).filePath(AppCatalogue + u'_' + code + QStringLiteral(".qm")));
}

bool TranslatorManager::setLanguage(const QString &code)
{
    if (code == m_current)
        return true;
    if (!isAvailable(code))
        return false;

    auto app = std::make_unique<QTranslator>();
    std::unique_ptr<QTranslator> qt;
    if (code != QLatin1String(SourceLanguage)) {
        if (!app->load(QLocale(code), AppCatalogue, QStringLiteral("_"), m_qmDirectory))
            return false;
        // Qt's own strings (standard buttons, file dialogs) when the distribution ships them.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    removeTranslators();
    if (code != QLatin1String(SourceLanguage)) {
        m_app = std::move(app);
        QCoreApplication::installTranslator(m_app.get());
        if (qt) {
            m_qt = std::move(qt);
            QCoreApplication::installTranslator(m_qt.get());
        }
    }
    m_current = code;
    Q_EMIT languageChanged(code);
    return true;
}

void TranslatorManager::removeTranslators()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

} // namespace Linkwright
