#include "Customer.h"

#include <QCoreApplication>

namespace peyvand::customers {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromKey(QStringView key, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString toKeyIn(Enum value, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

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

QString tr(const char* text)
{
    return QCoreApplication::translate("Customers", text);
}

} // namespace

QString toKey(CustomerKind kind) { return toKeyIn(kind, kKinds); }
QString toKey(ContactChannel channel) { return toKeyIn(channel, kContactChannels); }
QString toKey(InteractionChannel channel) { return toKeyIn(channel, kInteractionChannels); }
QString toKey(Direction direction) { return toKeyIn(direction, kDirections); }

std::optional<CustomerKind> customerKindFromKey(QStringView key) { return fromKey(key, kKinds); }
std::optional<ContactChannel> contactChannelFromKey(QStringView key) { return fromKey(key, kContactChannels); }
std::optional<InteractionChannel> interactionChannelFromKey(QStringView key) { return fromKey(key, kInteractionChannels); }

std::optional<Direction> directionFromKey(QStringView key)
{
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    return fromKey(key, kDirections);
}

QString displayName(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Person: return tr("Person");
    case CustomerKind::Company: return tr("Company");
    }
    return {};
}

QString displayName(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Unspecified: return tr("No preference");
    case ContactChannel::Phone: return tr("Phone call");
    case ContactChannel::Mobile: return tr("Mobile");
    case ContactChannel::Sms: return tr("SMS");
    case ContactChannel::Email: return tr("Email");
    case ContactChannel::WhatsApp: return tr("WhatsApp");
    case ContactChannel::Telegram: return tr("Telegram");
    case ContactChannel::Instagram: return tr("Instagram");
    case ContactChannel::InPerson: return tr("In person");
    }
    return {};
}

QString displayName(InteractionChannel channel)
{
    switch (channel) {
    case InteractionChannel::Phone: return tr("Phone");
    case InteractionChannel::Email: return tr("Email");
    case InteractionChannel::Meeting: return tr("Meeting");
    case InteractionChannel::Chat: return tr("Chat");
    case InteractionChannel::Social: return tr("Social network");
    case InteractionChannel::Sms: return tr("SMS");
    case InteractionChannel::InPerson: return tr("In person");
    }
    return {};
}

QString displayName(Direction direction)
{
    switch (direction) {
    case Direction::Outbound: return tr("Outgoing");
    case Direction::Inbound: return tr("Incoming");
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
