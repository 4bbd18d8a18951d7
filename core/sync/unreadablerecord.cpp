#include "unreadablerecord.h"

#include "domain/jsonscan.h"
#include "sync/watermarktracker.h"

#include <QCoreApplication>

namespace Linkwright {

namespace {

struct UnreadableText {
    Q_DECLARE_TR_FUNCTIONS(Linkwright::UnreadableRecord)
};

} // namespace

FailureInput unreadableFailure(
    const UnreadableRecord &record, QByteArrayView keyField, Direction direction, ReadFor readFor)
{
    FailureInput failure;
    failure.key = QString::fromUtf8(JsonScan::stringMember(record.raw, keyField).value_or(QByteArray()));
    failure.direction = direction;
    failure.step = FailureStep::Map;
    failure.errorClass = ErrorClass::Permanent;
    QString text;
    switch (readFor) {
    case ReadFor::Run:
        text = UnreadableText::tr("the record cannot be read: %1\n  hint: correct the record in the source system; "
                                  "the other records of its page were synced");
        break;
    case ReadFor::Look:
        text = UnreadableText::tr("the record cannot be read: %1\n  hint: correct the record in the source system; "
                                  "the other records of its page were read");
        break;
    case ReadFor::LookAtTarget:
        text = UnreadableText::tr("the record cannot be read: %1\n  hint: correct the record in the target system; "
                                  "the other records of its page were read");
        break;
    }
    failure.message = text.arg(record.message);
    failure.payload = record.raw;
    return failure;
}

Value unreadableStamp(const UnreadableRecord &record)
{
    const auto stamp = JsonScan::stringMember(record.raw, WatermarkTracker::Field);
    if (!stamp)
        return Value::object({});
    return Value::object({{WatermarkTracker::Field.toByteArray(), Value::utf8(*stamp)}});
}

} // namespace Linkwright
