// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// SendGrid's rules for a segment name, checked before anything is sent.
namespace NameRules {

/// What is wrong with `name`, for the line under the name field; empty when it is fine.
/// `otherNames` are the account's other segments (names must be unique).
QString problem(const QString &name, const QStringList &otherNames);

} // namespace NameRules
