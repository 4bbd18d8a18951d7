#pragma once

#include "domain/error.h"
#include "domain/value.h"
#include "mapping/mappingfailure.h"
#include "project/project.h"

#include <expected>
#include <memory>
#include <optional>

namespace Linkwright {

/// Applies a data point's field mappings to records: each mapping reads its source fields
/// (paths such as "address.city" or "lines[0].sku"), runs its transform chain, checks the type
/// and "required", and the results form the target object in mapping order. A target with dots
/// ("dimensions.length") builds nested objects. A data point without mappings passes records on
/// unchanged.
///
/// A source field that is missing fails the record, naming the mapping and listing the fields
/// the record has, unless the chain begins with "default" or uses "constant"; a field present
/// as null is a value. Compiled once, map() is const and may run on several threads at once.
class MappingEngine final
{
public:
    /// An engine without mappings: records pass unchanged.
    MappingEngine();

    /// Checks what the project file's reader cannot (paths, factors, date formats, lookup keys
    /// that collide once trimmed, targets that overlap) and prepares every chain once. The error
    /// is ErrorCode::InvalidProject, placed at the mapping ("dataPoints.products.mappings[2]...").
    [[nodiscard]] static Result<MappingEngine> compile(const DataPointConfig &config);
    /// What compile() would refuse, every mapping's problem rather than the first (validate).
    [[nodiscard]] static QList<Error> problems(const DataPointConfig &config);

    /// The target's record from source. Without mappings, source as it is but for the source's
    /// own "id" and "modifiedAt" (see withoutSourceStamps).
    [[nodiscard]] std::expected<Value, MappingFailure> map(const Value &source) const;
    /// What the mapping of one top-level target (a data point's key field) makes of source, on
    /// its own: a record that fails another mapping can still be named as its state is. Without
    /// mappings, source's own member; none where no mapping writes target or it fails.
    [[nodiscard]] std::optional<Value> mapOne(const QString &target, const Value &source) const;

    /// The top-level members of a source record that map() reads, for a reader that skips the
    /// rest (JsonProjection); empty when it may read whole records (no mappings, or a path that
    /// starts with an index).
    [[nodiscard]] QList<QByteArray> sourceMembers() const;

    [[nodiscard]] qsizetype mappingCount() const;
    /// True when there are no mappings and records pass unchanged.
    [[nodiscard]] bool isPassThrough() const { return mappingCount() == 0; }

private:
    [[nodiscard]] static Value withoutSourceStamps(const Value &source, const QByteArray &keyField);
    struct Data;
    /// Compiles mapping i of config into data; why not, placed at the mapping.
    [[nodiscard]] static std::optional<Error> compileMapping(Data &data, const DataPointConfig &config, int i);

    std::shared_ptr<const Data> d;
};

} // namespace Linkwright
