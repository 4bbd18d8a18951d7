#pragma once

#include "project/jsonchecker.h"
#include "project/jsonwriter.h"
#include "project/project.h"

#include <QJsonObject>

namespace Linkwright {

/// A Tryton endpoint's "tryton" object in the project file:
///   {"database": "shop", "company": 1, "warehouses": [4]}
/// database is required; company defaults to 1; warehouses (stock.location ids)
/// to every warehouse. The user and password are the endpoint's Basic auth, so
/// the password is a secret reference like every other.
namespace TrytonFormat {

[[nodiscard]] TrytonSettings read(JsonChecker &check, const QJsonObject &object, const QString &path);
void write(JsonWriter &out, const TrytonSettings &settings);
/// The errors of an endpoint whose type and settings do not fit together (a
/// Tryton endpoint without a database or with another auth than Basic, a REST
/// endpoint with a "tryton" object).
void check(JsonChecker &check, const Endpoint &endpoint, bool hasSettings, const QString &path);

} // namespace TrytonFormat

} // namespace Linkwright
