// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

/// One line for a person about a failed operation: what failed, why, and what to do next.
namespace ErrorAdvice {
/// "`what`: reason. Next step." — the next step fits the kind of failure (when a rate limit
/// frees, whether a cut-off write may have landed); "Cancelled." for a cancelled one.
QString describe(const QString &what, const ApiError &error);
} // namespace ErrorAdvice
