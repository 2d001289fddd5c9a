#pragma once

#include "CommandSpec.h"

#include <QList>
#include <QString>

namespace peyvand::cli {

// Help texts (translated, English source).
QString globalHelp(const QList<CommandSpec>& commands, const QList<OptionSpec>& global);
QString groupHelp(const QString& group, const QList<CommandSpec>& commands);
QString commandHelp(const CommandSpec& command, const QList<OptionSpec>& global);
QString versionText();

} // namespace peyvand::cli
