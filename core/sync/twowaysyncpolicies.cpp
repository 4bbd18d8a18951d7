// TwoWaySync and its policies: edits of fields the other side owns, policies whose field name
// is a slip away from the records' own, and objects a review conflict held apart.
#include "twowaysync.h"

#include "domain/editdistance.h"
#include "sync/recorddiff.h"

#include <algorithm>

namespace Linkwright {

void TwoWaySync::noteOwnedApart()
{
    // Every run and plan called such records in sync while the two systems differed for good
    // (a credit hold the ERP owns, lifted in the shop).
    if (m_ownedApart == 0)
        return;
    const QString problem =
        tr("%n record(s) differ in a field the other system owns, so the edit stays where it was made: %1\n  hint: "
           "make the change in the system that owns the field, or give the field another conflict policy",
            nullptr, static_cast<int>(std::min<qint64>(m_ownedApart, 1'000'000'000)))
            .arg(m_ownedApartShown.join(QStringLiteral("; ")));
    m_fetchProblem = m_fetchProblem.isEmpty() ? problem : m_fetchProblem + u'\n' + problem;
}

void TwoWaySync::notePolicyTypos()
{
    // With mappings, the project check compares the policies with the targets. Records passed
    // through as they are have no such list: a policy for "creditHld" was taken without a word,
    // and the shop's credit hold flowed into the ERP that was to own it.
    if (!m_config.mappings.isEmpty() || m_fieldsSeen.isEmpty())
        return;
    const QList<QByteArray> seen(m_fieldsSeen.cbegin(), m_fieldsSeen.cend());
    for (auto it = m_config.conflictFields.cbegin(); it != m_config.conflictFields.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        if (m_fieldsSeen.contains(name))
            continue;
        // A field no record of this run had may just be optional: only a slip ("creditHld" for
        // "creditHold") tells a typo; a name that merely contains it ("companyId") does not.
        const auto slip = std::ranges::find_if(
            seen, [&](const QByteArray &field) { return isLikelySlip(it.key(), QString::fromUtf8(field)); });
        if (const auto meant = slip != seen.cend() ? std::optional<QByteArray>(*slip) : std::nullopt) {
            const QString problem = tr("the conflict policy for \"%1\" never applied: the records have no such "
                                       "field; did you mean \"%2\"? (dataPoints.%3.conflict.fields)")
                                        .arg(it.key(), QString::fromUtf8(*meant), DataPoints::key(m_config.kind));
            m_fetchProblem = m_fetchProblem.isEmpty() ? problem : m_fetchProblem + u'\n' + problem;
        }
    }
}

namespace {

/// Sets baseline at every member path where the two sides were alike when the record was held.
void agreeAlike(Value &baseline, const Value &erpWas, const Value &shopWas, const QString &prefix)
{
    for (const Member &member : erpWas.members()) {
        const Value *shop = shopWas.find(member.name);
        if (!shop)
            continue;
        const QString path =
            prefix.isEmpty() ? QString::fromUtf8(member.name) : prefix + u'.' + QString::fromUtf8(member.name);
        if (member.value == *shop)
            baseline = withValueAt(baseline, path, member.value);
        else if (member.value.isObject() && shop->isObject())
            agreeAlike(baseline, member.value, *shop, path);
    }
}

} // namespace

Value TwoWaySync::decidedMembers(
    const Value &erpNow, const Value &shopNow, const Value &erpWas, const Value &shopWas, const Value &agreed)
{
    // An object held apart by members both sides changed (an address's city): settled member by
    // member. Taken whole, the side a person corrected (the city) went over the other side's
    // edits of other members (the ERP's new street), and an edit of an unrelated member decided
    // the held city for that side without anyone choosing it.
    // A member both sides had changed alike by then was agreed: a person's later edit of it on
    // one side is that side's alone, not a new collision no one can settle.
    Value baseline = agreed;
    agreeAlike(baseline, erpWas, shopWas, QString());
    for (const QString &path : mergeEdits(erpWas, shopWas, agreed, true).collisions) {
        const Value *erpMember = valueAt(erpNow, path);
        const Value *shopMember = valueAt(shopNow, path);
        const auto same = [](const Value *x, const Value *y) { return x == y || (x && y && *x == *y); };
        const bool erpMoved = !same(erpMember, valueAt(erpWas, path));
        const bool shopMoved = !same(shopMember, valueAt(shopWas, path));
        // The side that moved decides: the other side's value becomes what was agreed, so the
        // merge takes the mover's.
        if (const Value *stays = erpMoved ? shopMember : erpMember; erpMoved != shopMoved && stays)
            baseline = withValueAt(baseline, path, *stays);
    }
    return baseline;
}

} // namespace Linkwright
