#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace Linkwright {

/// The stable text keys of an enum, one table indexed by the enumerator's value, so a key can
/// never drift from its enumerator. Files, the database and the command line use these keys.
template <typename Enum, std::size_t N>
struct EnumKeys {
    std::array<const char *, N> keys;

    [[nodiscard]] QString key(Enum value) const
    {
        return QString::fromLatin1(keys.at(static_cast<std::size_t>(value)));
    }
    [[nodiscard]] std::optional<Enum> fromKey(QStringView text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (text == QLatin1StringView(keys[i]))
                return static_cast<Enum>(i);
        }
        return std::nullopt;
    }
    [[nodiscard]] QStringList allKeys() const
    {
        QStringList list;
        for (const char *k : keys)
            list.append(QString::fromLatin1(k));
        return list;
    }
};

} // namespace Linkwright
