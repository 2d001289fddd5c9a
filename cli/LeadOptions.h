#pragma once

#include "ArgParser.h"
#include "common/Result.h"
#include "leads/Lead.h"
#include "leads/LeadService.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand::cli {

// The options that set lead fields, shared by "leads add" and "leads update":
// --kind, --name, --company, --mobile, --email, --type, --source, --owner,
// --best-time, --status, --lost-reason, --budget, --timeline, --authority,
// --industry, --need, --criterion KEY=OPTION (repeatable).
QList<OptionSpec> leadFieldOptions();

// Copies the options present in args into lead, except --industry (which
// needs the industry list: industryKeyFor). Keys are checked here: an unknown
// value is an InvalidInput error naming the option and listing the allowed
// values. Returns how many fields were given.
Result<int> applyLeadOptions(const ParsedArgs& args, leads::Lead& lead);

// The industry typed for --industry: a key or a name from the list, compared
// by search key (so letter forms, digits and case do not matter). Empty text
// clears the industry.
Result<QString> industryKeyFor(const QString& typed, const QList<leads::Industry>& industries);

// Allowed keys of the lead options, for messages and help.
QStringList leadTypeKeys();
QStringList leadSourceKeys();
QStringList timelineKeys();
QStringList authorityKeys();
QStringList needKeys();

// LeadService's field ids ("best_time_to_call", "custom.size", "mobile") as
// this command's options ("--best-time", "--criterion", "--mobile").
QString leadOptionForField(const QString& field);
Error asLeadOptionError(Error error);

} // namespace peyvand::cli
