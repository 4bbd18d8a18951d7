#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace Linkwright {

/// The natural keys a run has met, for its duplicate check. A QSet<QString> cost a tenth of a
/// run's thread at 100,000 records (Qt's string hash and a probe through scattered nodes per
/// key); this keeps a 64-bit hash of each key in one open-addressed array and compares the
/// keys themselves only where those hashes are equal, so a duplicate is still exact.
class KeySet final
{
public:
    using Hasher = quint64 (*)(const QString &key);

    /// hasher is for tests that need keys to collide.
    explicit KeySet(Hasher hasher = &KeySet::hash);

    /// Room for count keys without growing (at most a few hundred thousand are set aside).
    void reserve(qsizetype count);
    /// What a key came with: a tag (the source's id of its record, see tag(); 0 for none) and
    /// the page it was on.
    struct Mark {
        quint64 tag; ///< 0: none
        qint64 page;
    };

    /// Adds key with its mark; false when it is there already, with the mark it came with the
    /// first time in earlier.
    bool insert(const QString &key, Mark mark = {}, Mark *earlier = nullptr);
    [[nodiscard]] bool contains(const QString &key) const;
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }

    [[nodiscard]] static quint64 hash(const QString &key);
    /// A tag for insert(): bytes hashed as keys are, never 0.
    [[nodiscard]] static quint64 tag(QByteArrayView bytes);

private:
    struct Slot {
        quint64 hash = 0;
        qsizetype index = -1; ///< into m_keys; -1: empty
    };

    /// The slot holding key, or the empty one where it would go.
    [[nodiscard]] std::size_t find(const QString &key, quint64 keyHash) const;
    void grow(std::size_t slots);

    Hasher m_hasher;
    std::vector<Slot> m_slots;
    QList<QString> m_keys;
    QList<Mark> m_marks; ///< by the index of m_keys
};

} // namespace Linkwright
