// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <span>

/// A function a segment may call (the dialect's documented ones), with its argument counts:
/// what the linter checks calls against and what the editor completes.
struct FunctionSignature
{
    QStringView name;
    int minArguments;
    int maxArguments; ///< -1: no upper bound
    bool aggregate;
    QStringView parameters; ///< as the editor shows them, e.g. "list_column, value | [values]"
};

namespace FunctionSignatures {

std::span<const FunctionSignature> all();
/// The signature of `name` (lower case, as the parser keeps function names), or nullptr.
const FunctionSignature *find(QStringView name);

} // namespace FunctionSignatures
