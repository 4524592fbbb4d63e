// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "query/fieldcatalogue.h"

#include <QByteArray>

namespace CliInput {
/// The bytes of `path` ("-": standard input), read to its end however it arrives (a pipe
/// delivers in pieces), at most `limit` of them: a longer input is refused (not cut), with a
/// message naming the path and the limit. Blocks: the CLI reads its input before it starts.
Result<QByteArray> read(const QString &path, qsizetype limit);
/// One line of standard input without its line break (the API key of --api-key-stdin and
/// `profiles add`); what follows stays for read("-").
QString readLine();
/// The columns a query may name: the reserved ones, plus the custom fields of SendGrid's
/// field-definitions reply in `path` when it is not empty.
Result<FieldCatalogue> fieldCatalogue(const QString &path);
} // namespace CliInput
