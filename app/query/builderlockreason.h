// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"
#include "buildernode.h"

namespace BuilderLockReasons {

/// Why `e`, which BuilderConditionReader did not draw, is locked. `alias`: what contact_data
/// is called. The most telling reason when there are several (a function before arithmetic).
BuilderLockReason of(const Expr &e, QStringView alias);

} // namespace BuilderLockReasons
