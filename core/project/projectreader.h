#pragma once

#include "project/jsonchecker.h"
#include "project/project.h"

#include <QJsonObject>

namespace Linkwright {

/// Turns a parsed project document into a Project, checking it against the format as it goes.
class ProjectReader final
{
public:
    /// Errors and warnings; the project is only usable when there are no errors.
    [[nodiscard]] Project read(const QJsonObject &root);
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_check.diagnostics(); }
    [[nodiscard]] bool hasErrors() const { return m_check.hasErrors(); }

private:
    Endpoint readEndpoint(const QJsonObject &object, const QString &path);
    AuthConfig readAuth(const QJsonObject &object, const QString &path);
    SecretRef readSecret(const QJsonObject &parent, const QString &key, const QString &path);
    /// Reports a user name, password or credential-like query parameter (see
    /// Redactor::secretQueryParameters) written into url; true when there is none.
    bool checkNoCredentials(const QUrl &url, const QString &path);
    /// Reports a resource path that leaves the endpoint's base URL (a scheme or a host of its
    /// own) or holds a credential; true when it is a plain path.
    bool checkResource(const QString &resource, const QString &path, const QString &dataPoint);
    DataPointConfig readDataPoint(DataPointKind kind, const QJsonObject &object, const QString &path);
    Schedule readSchedule(const QJsonObject &object, const QString &path);
    void readConflict(const QJsonObject &object, const QString &path, DataPointConfig &config);
    QList<FieldMapping> readMappings(const QJsonValue &value, const QString &path);
    FieldMapping readMapping(const QJsonObject &object, const QString &path);
    Transform readTransform(const QJsonObject &object, const QString &path);

    JsonChecker m_check;
};

} // namespace Linkwright
