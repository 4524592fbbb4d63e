// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "query/fieldcatalogue.h"

#include <QByteArray>

namespace CliInput {
/// The bytes of `path` ("-": standard input), at most `limit` of them: a longer input is
/// refused (not cut), with a message naming the path and the limit.
Result<QByteArray> read(const QString &path, qsizetype limit);
/// The columns a query may name: the reserved ones, plus the custom fields of SendGrid's
/// field-definitions reply in `path` when it is not empty.
Result<FieldCatalogue> fieldCatalogue(const QString &path);
} // namespace CliInput
