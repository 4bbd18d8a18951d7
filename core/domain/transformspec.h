#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Linkwright {

/// The shape of one transform of the mapping catalogue: its name and arguments. The project file
/// is validated against it; the mapping engine gives each op its behaviour.
struct TransformSpec {
    enum class ArgType {
        String,
        Integer,
        Decimal, ///< a JSON number or a numeric string; strings keep money and factors exact
        Object,
        Any,
    };
    struct Arg {
        const char *name;
        ArgType type;
        bool required;
    };

    const char *op;
    QList<Arg> args;
    bool multipleSources = false; ///< takes several source fields (concat)
    bool noSource = false; ///< produces its value without reading a field (constant)

    [[nodiscard]] QString name() const { return QString::fromLatin1(op); }
};

/// What a mapped field must hold once its transforms have run; "any", the default, checks nothing.
enum class FieldType {
    Any,
    String,
    Integer,
    Decimal,
    Boolean,
    Date,
    DateTime,
    Object,
    Array,
};

namespace FieldTypes {

/// Every type, in the order the project format lists them ("any" last).
[[nodiscard]] const QList<FieldType> &all();
/// The key in project files: "string", "integer", "decimal", "boolean", "date", "datetime", ...
[[nodiscard]] QString key(FieldType type);
[[nodiscard]] std::optional<FieldType> fromKey(QStringView key);
[[nodiscard]] QStringList keys();
/// For messages: "a whole number", "a date (yyyy-MM-dd)", ...
[[nodiscard]] QString displayName(FieldType type);

} // namespace FieldTypes

namespace Transforms {

[[nodiscard]] const QList<TransformSpec> &catalogue();
[[nodiscard]] const TransformSpec *find(QStringView op);
[[nodiscard]] QStringList names();
[[nodiscard]] QString argTypeName(TransformSpec::ArgType type);

} // namespace Transforms

} // namespace Linkwright
