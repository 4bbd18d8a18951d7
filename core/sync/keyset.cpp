#include "keyset.h"

#include <QRandomGenerator>

#include <xxhash.h>

#include <algorithm>
#include <bit>

namespace Linkwright {

namespace {

constexpr std::size_t MinimumSlots = 64;
/// A source's total is only a claim: reserving for ten million keys wrote half a gigabyte up
/// front. Past this the set grows as keys come, which costs little.
constexpr qsizetype MaxReserved = qsizetype(1) << 18;

/// Seeded once per process, as Qt seeds its own hashes: a source cannot choose keys that all
/// land in one run of slots.
quint64 seed()
{
    static const quint64 value = QRandomGenerator::system()->generate64();
    return value;
}

} // namespace

KeySet::KeySet(Hasher hasher)
    : m_hasher(hasher)
{
}

quint64 KeySet::hash(const QString &key)
{
    return XXH3_64bits_withSeed(key.constData(), static_cast<std::size_t>(key.size()) * sizeof(QChar), seed());
}

quint64 KeySet::tag(QByteArrayView bytes)
{
    return XXH3_64bits_withSeed(bytes.data(), static_cast<std::size_t>(bytes.size()), seed()) | 1;
}

void KeySet::reserve(qsizetype count)
{
    count = std::min(count, MaxReserved);
    if (count <= 0)
        return;
    // At most half full, so that a probe stays short.
    const std::size_t wanted = std::bit_ceil(std::max(MinimumSlots, static_cast<std::size_t>(count) * 2));
    if (wanted > m_slots.size())
        grow(wanted);
    m_keys.reserve(count);
    m_marks.reserve(count);
}

std::size_t KeySet::find(const QString &key, quint64 keyHash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = keyHash & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.index < 0 || (slot.hash == keyHash && m_keys.at(slot.index) == key))
            return at;
    }
}

bool KeySet::insert(const QString &key, Mark mark, Mark *earlier)
{
    if (static_cast<std::size_t>(m_keys.size() + 1) * 2 > m_slots.size())
        grow(std::max(MinimumSlots, m_slots.size() * 2));
    const quint64 keyHash = m_hasher(key);
    Slot &slot = m_slots[find(key, keyHash)];
    if (slot.index >= 0) {
        if (earlier)
            *earlier = m_marks.at(slot.index);
        return false;
    }
    slot.hash = keyHash;
    slot.index = m_keys.size();
    m_keys.append(key);
    m_marks.append(mark);
    return true;
}

bool KeySet::contains(const QString &key) const
{
    if (m_slots.empty())
        return false;
    return m_slots[find(key, m_hasher(key))].index >= 0;
}

void KeySet::grow(std::size_t slots)
{
    // The hashes are kept, so growing moves slots without hashing a key again.
    std::vector<Slot> old(slots);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.index < 0)
            continue;
        std::size_t at = slot.hash & mask;
        while (m_slots[at].index >= 0)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

} // namespace Linkwright
