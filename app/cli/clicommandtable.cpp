// SPDX-License-Identifier: MIT
// The commands of segmentdesk-cli, in the order --help lists them.
#include "cliapp.h"
#include "cliprofiles.h"

const QList<CliCommand> &CliApp::commands()
{
    using Access = CliCommand::Access;
    static const QList<CliCommand> table {
        {QStringLiteral("list"),
         {},
         Access::Reads,
         QStringLiteral("segments of the account"),
         &CliApp::runList},
        {QStringLiteral("show"), QStringLiteral("ID"), Access::Reads,
         QStringLiteral("one segment with its contact sample"), &CliApp::runShow},
        {QStringLiteral("update"), QStringLiteral("ID [--name N] [--query-file F|-]"),
         Access::Writes,
         QStringLiteral("a segment's new name or query; only what is given is sent"),
         &CliApp::runUpdate},
        {QStringLiteral("create"), QStringLiteral("--name N --query-file F|- [--parent-list ID]"),
         Access::Writes, QStringLiteral("a new segment"), &CliApp::runCreate},
        {QStringLiteral("duplicate"), QStringLiteral("ID [--name N]"), Access::Writes,
         QStringLiteral("a copy (named \"Copy of …\", unique, unless --name says)"),
         &CliApp::runDuplicate},
        {QStringLiteral("delete"), QStringLiteral("ID [--yes]"), Access::Writes,
         QStringLiteral("the segment, after a confirmation unless --yes"), &CliApp::runDelete},
        {QStringLiteral("recreate"), QStringLiteral("ID [VERSION]"), Access::Writes,
         QStringLiteral("a deleted segment anew from its local history (the latest\n"
                        "version unless VERSION says; its name, made unique if taken)"),
         &CliApp::runRecreate},
        {QStringLiteral("refresh"), QStringLiteral("ID [--time-zone ZONE]"), Access::Writes,
         QStringLiteral("manual recount (SendGrid quotas apply)"), &CliApp::runRefresh},
        {QStringLiteral("fields"),
         {},
         Access::Reads,
         QStringLiteral("field definitions (reserved and custom)"),
         &CliApp::runFields},
        {QStringLiteral("lists"),
         {},
         Access::Reads,
         QStringLiteral("marketing lists"),
         &CliApp::runLists},
        {QStringLiteral("history"), QStringLiteral("ID [--diff A B]"), Access::Offline,
         QStringLiteral("versions kept locally, or what changed from A to B (no key needed)"),
         &CliApp::runHistory},
        {QStringLiteral("lint"), QStringLiteral("[--fields FILE] [--format] FILE|-"),
         Access::Offline, QStringLiteral("check a query offline (no key needed)"),
         &CliApp::runLint},
        {QStringLiteral("builder"), QStringLiteral("[--fields FILE] [--to-sql] FILE|-"),
         Access::Offline,
         QStringLiteral("the visual builder's reading of a query as JSON: groups,\n"
                        "conditions, locked SQL pieces; with --to-sql, that JSON back to\n"
                        "formatted SQL (no key needed)"),
         &CliApp::runBuilder},
        {QStringLiteral("preview"), QStringLiteral("--query-file F|- [--segment ID]"),
         Access::Reads,
         QStringLiteral("how many contacts an unsaved query matches (a preview through\n"
                        "the contacts search, not a saved count); with --segment, who\n"
                        "would join and who would leave that segment"),
         &CliApp::runPreview},
        {QStringLiteral("profiles"), CliProfiles::synopsis(), Access::Offline,
         QStringLiteral("the profiles shared with the window: list them; add NAME,\n"
                        "asking for its key (or reading it from stdin) into the keychain,\n"
                        "with --region global|eu or --base-url URL, --tag T, --read-only;\n"
                        "remove NAME and its key; test NAME: which segment operations\n"
                        "its key allows (GET /v3/scopes)"),
         &CliApp::runProfiles},
        {QStringLiteral("completion"), QStringLiteral("bash|zsh"), Access::Offline,
         QStringLiteral("the shell completion script for bash or zsh (the package\n"
                        "installs both)"),
         &CliApp::runCompletion},
    };
    return table;
}
