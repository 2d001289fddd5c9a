#include "Customer.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace peyvand::customers {

namespace {

const std::pair<CustomerKind, const char*> kKinds[] = {
    { CustomerKind::Person, "person" },
    { CustomerKind::Company, "company" },
};

const std::pair<ContactChannel, const char*> kContactChannels[] = {
    { ContactChannel::Unspecified, "unspecified" },
    { ContactChannel::Phone, "phone" },
    { ContactChannel::Mobile, "mobile" },
    { ContactChannel::Sms, "sms" },
    { ContactChannel::Email, "email" },
    { ContactChannel::WhatsApp, "whatsapp" },
    { ContactChannel::Telegram, "telegram" },
    { ContactChannel::Instagram, "instagram" },
    { ContactChannel::InPerson, "in_person" },
};

const std::pair<InteractionChannel, const char*> kInteractionChannels[] = {
    { InteractionChannel::Phone, "phone" },
    { InteractionChannel::Email, "email" },
    { InteractionChannel::Meeting, "meeting" },
    { InteractionChannel::Chat, "chat" },
    { InteractionChannel::Social, "social" },
    { InteractionChannel::Sms, "sms" },
    { InteractionChannel::InPerson, "in_person" },
};

const std::pair<Direction, const char*> kDirections[] = {
    { Direction::Outbound, "outbound" },
    { Direction::Inbound, "inbound" },
};

struct CustomersText {
    Q_DECLARE_TR_FUNCTIONS(Customers)
};

} // namespace

QString toKey(CustomerKind kind) { return keyOf(kind, kKinds); }
QString toKey(ContactChannel channel) { return keyOf(channel, kContactChannels); }
QString toKey(InteractionChannel channel) { return keyOf(channel, kInteractionChannels); }
QString toKey(Direction direction) { return keyOf(direction, kDirections); }

std::optional<CustomerKind> customerKindFromKey(QStringView key) { return enumFromKey(key, kKinds); }
std::optional<ContactChannel> contactChannelFromKey(QStringView key) { return enumFromKey(key, kContactChannels); }
std::optional<InteractionChannel> interactionChannelFromKey(QStringView key) { return enumFromKey(key, kInteractionChannels); }

std::optional<Direction> directionFromKey(QStringView key)
{
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    return enumFromKey(key, kDirections);
}

QString displayName(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Person: return CustomersText::tr("Person");
    case CustomerKind::Company: return CustomersText::tr("Company");
    }
    return {};
}

QString displayName(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Unspecified: return CustomersText::tr("No preference");
    case ContactChannel::Phone: return CustomersText::tr("Phone call");
    case ContactChannel::Mobile: return CustomersText::tr("Mobile");
    case ContactChannel::Sms: return CustomersText::tr("SMS");
    case ContactChannel::Email: return CustomersText::tr("Email");
    case ContactChannel::WhatsApp: return CustomersText::tr("WhatsApp");
    case ContactChannel::Telegram: return CustomersText::tr("Telegram");
    case ContactChannel::Instagram: return CustomersText::tr("Instagram");
    case ContactChannel::InPerson: return CustomersText::tr("In person");
    }
    return {};
}

QString displayName(InteractionChannel channel)
{
    switch (channel) {
    case InteractionChannel::Phone: return CustomersText::tr("Phone");
    case InteractionChannel::Email: return CustomersText::tr("Email");
    case InteractionChannel::Meeting: return CustomersText::tr("Meeting");
    case InteractionChannel::Chat: return CustomersText::tr("Chat");
    case InteractionChannel::Social: return CustomersText::tr("Social network");
    case InteractionChannel::Sms: return CustomersText::tr("SMS");
    case InteractionChannel::InPerson: return CustomersText::tr("In person");
    }
    return {};
}

QString displayName(Direction direction)
{
    switch (direction) {
    case Direction::Outbound: return CustomersText::tr("Outgoing");
    case Direction::Inbound: return CustomersText::tr("Incoming");
    }
    return {};
}

QList<ContactChannel> allContactChannels()
{
    QList<ContactChannel> all;
    for (const auto& entry : kContactChannels)
        all << entry.first;
    return all;
}

QList<InteractionChannel> allInteractionChannels()
{
    QList<InteractionChannel> all;
    for (const auto& entry : kInteractionChannels)
        all << entry.first;
    return all;
}

} // namespace peyvand::customers
