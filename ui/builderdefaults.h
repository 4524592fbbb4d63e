// SPDX-License-Identifier: MIT
#pragma once

#include "builderitem.h"

/// Starting values for conditions a person adds or changes in the builder, chosen so that the
/// condition can be written as SQL at once (a value that is still empty is legal text).
namespace BuilderDefaults {

/// A new row: `email is ''` when the account has an email field, else its first field.
BuilderCondition newCondition(const BuilderContext &context);
/// `field` with its type's first operator and that operator's starting values.
BuilderCondition forField(const BuilderFields::Field &field, const BuilderContext &context);
/// `condition` with `op`, keeping the values that still fit.
BuilderCondition withOperator(BuilderCondition condition, BuilderOperator op,
                              const BuilderContext &context);

} // namespace BuilderDefaults
