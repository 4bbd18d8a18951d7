#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

namespace Transforms {

[[nodiscard]] const QList<TransformSpec> &catalogue();
[[nodiscard]] const TransformSpec *find(QStringView op);
[[nodiscard]] QStringList names();
[[nodiscard]] QString argTypeName(TransformSpec::ArgType type);

} // namespace Transforms

} // namespace Linkwright
