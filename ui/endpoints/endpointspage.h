#pragma once

#include "project/project.h"
#include "widgets/page.h"

class QAction;
class QBoxLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QStackedWidget;

namespace Linkwright {

class ConnectionTester;
class EndpointEditor;
class JobTracker;
class NoProjectState;
class ProjectDocument;
class SecretResolver;

/// "Project & endpoints": the project's name and the two systems it connects, each with a
/// connection test.
class EndpointsPage final : public Page
{
    Q_OBJECT

public:
    EndpointsPage(ProjectDocument &document, QNetworkAccessManager &network, JobTracker &jobs, SecretResolver &secrets,
        QWidget *parent);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;

    [[nodiscard]] EndpointEditor *editor(EndpointRole role) const;
    [[nodiscard]] ConnectionTester *tester() const { return m_tester; }

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int StackBelowWidth = 960;

    void reload();
    void refresh();
    void test(EndpointRole role);

    ProjectDocument &m_document;
    ConnectionTester *m_tester = nullptr;
    QStackedWidget *m_stack = nullptr;
    QBoxLayout *m_endpoints = nullptr;
    NoProjectState *m_empty = nullptr;
    QWidget *m_editors = nullptr;
    QGroupBox *m_projectBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_file = nullptr;
    EndpointEditor *m_erp = nullptr;
    EndpointEditor *m_shop = nullptr;
    QAction *m_testAll = nullptr;
};

} // namespace Linkwright
