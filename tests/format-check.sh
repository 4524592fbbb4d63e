#!/bin/sh
# SPDX-License-Identifier: MIT
# Every C++ source and header of the project as .clang-format writes it (Qt style, 100 columns).
# Usage: format-check.sh SOURCE_DIR. On a finding: clang-format -i FILE, or the build's format
# target.
set -eu
cd "$1"
files=$(find app ui tests -name node_modules -prune -o \( -name '*.cpp' -o -name '*.h' \) -print)
# shellcheck disable=SC2086 # one argument per file
clang-format --dry-run --Werror $files
echo "format check: $(echo "$files" | wc -l) files as .clang-format writes them"
