#include "endpointspage.h"

#include "endpoints/connectiontester.h"
#include "endpoints/endpointeditor.h"
#include "project/projectdocument.h"
#include "widgets/icons.h"
#include "widgets/noprojectstate.h"

#include <QAction>
#include <QBoxLayout>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Linkwright {

EndpointsPage::EndpointsPage(ProjectDocument &document, QNetworkAccessManager &network, JobTracker &jobs,
    SecretResolver &secrets, QWidget *parent)
    : Page(PageId::Endpoints, parent)
    , m_document(document)
{
    m_tester = new ConnectionTester(network, jobs, secrets, this);

    m_testAll =
        new QAction(Icons::themed(QStringLiteral("network-connect"), QStyle::SP_BrowserReload), QString(), this);
    m_testAll->setObjectName(QStringLiteral("testAllConnections"));
    connect(m_testAll, &QAction::triggered, this, [this] {
        test(EndpointRole::Erp);
        test(EndpointRole::Shop);
    });
    addHeaderAction(m_testAll);

    m_empty = new NoProjectState(icon(), this);
    connect(m_empty, &NoProjectState::newProjectRequested, this, &Page::newProjectRequested);
    connect(m_empty, &NoProjectState::openProjectRequested, this, &Page::openProjectRequested);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("projectFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_fileLabel = new QLabel(this);
    m_projectBox = new QGroupBox(this);
    m_projectBox->setObjectName(QStringLiteral("projectBox"));
    auto *projectForm = new QFormLayout(m_projectBox);
    projectForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    projectForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    projectForm->setContentsMargins(14, 14, 14, 14);
    projectForm->setHorizontalSpacing(12);
    projectForm->addRow(m_nameLabel, m_name);
    projectForm->addRow(m_fileLabel, m_file);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { m_document.setName(text); });

    m_erp = new EndpointEditor(EndpointRole::Erp, this);
    m_shop = new EndpointEditor(EndpointRole::Shop, this);
    for (EndpointEditor *editor : {m_erp, m_shop}) {
        const EndpointRole role = editor->role();
        connect(editor, &EndpointEditor::edited, this,
            [this, role](const Endpoint &endpoint) { m_document.setEndpoint(role, endpoint); });
        connect(editor, &EndpointEditor::testRequested, this, [this, role] { test(role); });
        connect(editor, &EndpointEditor::cancelTestRequested, this, [this, role] { m_tester->cancel(role); });
    }
    connect(
        m_tester, &ConnectionTester::started, this, [this](EndpointRole role) { editor(role)->setTestRunning(true); });
    connect(m_tester, &ConnectionTester::finished, this, [this](EndpointRole role, const ConnectionOutcome &outcome) {
        editor(role)->setTestRunning(false);
        editor(role)->showOutcome(outcome);
    });

    // Each editor sits on a stretch, so a short one keeps its own height beside a taller one
    // instead of growing gaps between its rows.
    m_endpoints = new QBoxLayout(QBoxLayout::LeftToRight);
    m_endpoints->setSpacing(16);
    for (EndpointEditor *editor : {m_erp, m_shop}) {
        auto *column = new QVBoxLayout;
        column->addWidget(editor);
        column->addStretch();
        m_endpoints->addLayout(column, 1);
    }

    m_editors = new QWidget(this);
    // Group titles in bold; a selector on QGroupBox alone leaves the fields inside untouched.
    m_editors->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }"));
    auto *editorsLayout = new QVBoxLayout(m_editors);
    editorsLayout->setContentsMargins(20, 16, 20, 20);
    editorsLayout->setSpacing(16);
    editorsLayout->addWidget(m_projectBox);
    editorsLayout->addLayout(m_endpoints);
    editorsLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_editors);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    setContent(m_stack);

    connect(&m_document, &ProjectDocument::projectReplaced, this, &EndpointsPage::reload);
    connect(&m_document, &ProjectDocument::fileNameChanged, this, &EndpointsPage::refresh);
    retranslateUi();
    reload();
}

QString EndpointsPage::title() const
{
    return tr("Project & endpoints");
}

QIcon EndpointsPage::icon() const
{
    return Icons::themed(QStringLiteral("network-server"), QStyle::SP_DriveNetIcon);
}

void EndpointsPage::resizeEvent(QResizeEvent *event)
{
    // Side by side where both fit, one above the other in a narrow window.
    m_endpoints->setDirection(width() < StackBelowWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    Page::resizeEvent(event);
}

EndpointEditor *EndpointsPage::editor(EndpointRole role) const
{
    return role == EndpointRole::Erp ? m_erp : m_shop;
}

void EndpointsPage::retranslate()
{
    setSubtitle(tr("What this project connects: the ERP on one side, the shop on the other."));
    m_testAll->setText(tr("Test Both Connections"));
    m_testAll->setToolTip(tr("Tests both endpoints: a GET request to a REST base URL, a login to a Tryton server."));
    m_empty->setText(tr("A project says which ERP and which shop to connect, what flows between them and when. "
                        "Create a project or open one to begin."));
    m_projectBox->setTitle(tr("Project"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. Tryton ↔ webshop"));
    m_fileLabel->setText(tr("File:"));
    refresh();
}

void EndpointsPage::reload()
{
    const bool open = m_document.hasProject();
    m_stack->setCurrentIndex(open ? 1 : 0);
    m_testAll->setEnabled(open);
    m_tester->cancel(EndpointRole::Erp);
    m_tester->cancel(EndpointRole::Shop);
    m_erp->clearOutcome();
    m_shop->clearOutcome();
    if (!open)
        return;
    const Project &project = m_document.project();
    m_name->setText(project.name);
    m_erp->setEndpoint(project.erp);
    m_shop->setEndpoint(project.shop);
    refresh();
}

void EndpointsPage::refresh()
{
    if (!m_document.hasProject())
        return;
    m_file->setText(
        m_document.fileName().isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(m_document.fileName()));
}

void EndpointsPage::test(EndpointRole role)
{
    if (!m_document.hasProject())
        return;
    EndpointEditor *target = editor(role);
    const Endpoint &endpoint = m_document.project().endpoint(role);
    // Test what the user sees: a field with an unfixed mistake is not silently swapped for
    // the last valid URL the document still holds.
    if (target->hasUrlProblem() || endpoint.baseUrl.isEmpty()) {
        target->showNotTested();
        return;
    }
    const QString name =
        endpoint.name.isEmpty() ? (role == EndpointRole::Erp ? tr("the ERP") : tr("the shop")) : endpoint.name;
    m_tester->start(role, endpoint, name);
}

} // namespace Linkwright
