// SPDX-License-Identifier: MIT
#pragma once

#include "builderquery.h"

#include <QJsonObject>

/// The builder's reading as JSON, for `segmentdesk-cli builder` and scripts:
/// {"form": "statement"|"expression", "alias": "c", "head"?: locked, "where": group,
///  "tail"?: locked}; a group is {"kind": "group", "junction": "and"|"or", "negated": bool,
/// "items": [...]}, a condition {"kind": "condition", "field", "type", "operator",
/// "values": [...]}, a locked piece {"kind": "locked", "sql", "start", "end"}.
namespace BuilderJson {

QJsonObject toJson(const BuilderQuery &query);
/// Fails with the JSON path of the first problem, e.g. `where.items[1].operator: …`.
Result<BuilderQuery> fromJson(const QJsonObject &json);

} // namespace BuilderJson
