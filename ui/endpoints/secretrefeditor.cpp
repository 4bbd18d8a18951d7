#include "secretrefeditor.h"

#include "widgets/statuslabel.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Linkwright {

namespace {
constexpr int SourceEnvironment = 0;
constexpr int SourceKeychain = 1;
} // namespace

SecretRefEditor::SecretRefEditor(EndpointRole role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
{
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("secretSource"));
    m_source->addItem(QString());
    m_source->addItem(QString());
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("secretName"));
    m_problem = new StatusLabel(this);
    m_problem->setObjectName(QStringLiteral("secretProblem"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    // One above the other: side by side, a long variable name and a long source ("Environment
    // variable", longer still in German) would crowd each other out.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_source);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addWidget(m_note);

    // activated and textEdited fire for the user's edits only, never for setSecret's.
    connect(m_source, &QComboBox::activated, this, [this](int index) {
        m_secret.source = index == SourceKeychain ? SecretRef::Source::Keychain : SecretRef::Source::Environment;
        retranslate(); // the placeholder depends on the source
        check();
        Q_EMIT edited(m_secret);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_secret.name = text.trimmed();
        if (m_secret.source == SecretRef::Source::None)
            m_secret.source = SecretRef::Source::Environment;
        check();
        Q_EMIT edited(m_secret);
    });

    retranslate();
    check();
}

void SecretRefEditor::setSecret(const SecretRef &secret)
{
    m_secret = secret;
    m_source->setCurrentIndex(secret.source == SecretRef::Source::Keychain ? SourceKeychain : SourceEnvironment);
    m_name->setText(secret.name);
    retranslate();
    check();
}

bool SecretRefEditor::hasProblem() const
{
    return m_problem->status() == StatusLabel::Status::Error;
}

void SecretRefEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        check();
    }
    QWidget::changeEvent(event);
}

void SecretRefEditor::retranslate()
{
    m_source->setItemText(SourceEnvironment, tr("Environment variable"));
    m_source->setItemText(SourceKeychain, tr("Keychain"));
    const bool erp = m_role == EndpointRole::Erp;
    if (m_source->currentIndex() == SourceKeychain)
        m_name->setPlaceholderText(erp ? tr("entry, e.g. linkwright/erp") : tr("entry, e.g. linkwright/shop"));
    else
        m_name->setPlaceholderText(
            erp ? tr("variable, e.g. LINKWRIGHT_ERP_TOKEN") : tr("variable, e.g. LINKWRIGHT_SHOP_TOKEN"));
    m_note->setText(tr("Only this reference is saved in the project, never the secret itself."));
}

void SecretRefEditor::check()
{
    static const QRegularExpression VariableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (m_secret.name.isEmpty()) {
        m_problem->setStatus(StatusLabel::Status::Info,
            tr("Say where the secret lives; the project cannot be saved "
               "without it."));
    } else if (m_secret.source != SecretRef::Source::Keychain && !VariableName.match(m_secret.name).hasMatch()) {
        m_problem->setStatus(StatusLabel::Status::Error,
            tr("\"%1\" is not an environment variable name: use "
               "letters, digits and underscores, not starting with a "
               "digit.")
                .arg(m_secret.name));
    } else {
        m_problem->clear();
    }
}

} // namespace Linkwright
