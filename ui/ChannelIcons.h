#pragma once

#include "customers/Customer.h"

#include <QIcon>

namespace peyvand::ui {

// Small line icons for interaction channels (resources/icons/channel-*.svg).
class ChannelIcons final {
public:
    static QIcon icon(customers::InteractionChannel channel);

private:
    ChannelIcons() = delete;
};

} // namespace peyvand::ui
