// SPDX-License-Identifier: MIT
#pragma once

#include "query/builderfields.h"
#include "query/buildernode.h"

/// What the builder's widgets call fields and operators: translated words for the stable names
/// of app/query (which the SQL and the CLI's JSON keep using).
namespace BuilderLabels {

QString operatorLabel(BuilderOperator op);
QString typeLabel(BuilderFieldType type);
/// "first_name (text)", "list membership", "email activity".
QString fieldLabel(const QString &field, BuilderFieldType type);
/// Why a locked piece is locked, in a few plain words: "uses arithmetic".
QString lockReason(BuilderLockReason reason);

} // namespace BuilderLabels
