// SPDX-License-Identifier: MIT
#pragma once

#include "ast.h"

/// The WHERE of a V2 statement over contact_data as an SGQL v1 expression, for the live preview
/// through `POST /v3/marketing/contacts/search`, or the reason it has no v1 equivalent.
struct SgqlTranslation
{
    QString expression;
    QString notTranslatable; ///< empty on success

    bool ok() const { return notTranslatable.isEmpty(); }
};

namespace SgqlCompiler {
SgqlTranslation translate(const SelectStatement &statement);
}
