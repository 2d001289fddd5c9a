#include "ChannelIcons.h"

namespace peyvand::ui {

QIcon ChannelIcons::icon(customers::InteractionChannel channel)
{
    using customers::InteractionChannel;
    QString name;
    switch (channel) {
    case InteractionChannel::Phone:
        name = QStringLiteral("phone");
        break;
    case InteractionChannel::Email:
        name = QStringLiteral("email");
        break;
    case InteractionChannel::Meeting:
        name = QStringLiteral("meeting");
        break;
    case InteractionChannel::Chat:
        name = QStringLiteral("chat");
        break;
    case InteractionChannel::Social:
        name = QStringLiteral("social");
        break;
    case InteractionChannel::Sms:
        name = QStringLiteral("sms");
        break;
    case InteractionChannel::InPerson:
        name = QStringLiteral("inperson");
        break;
    }
    return QIcon(QStringLiteral(":/icons/channel-%1.svg").arg(name));
}

} // namespace peyvand::ui
