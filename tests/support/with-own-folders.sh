#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command under a HOME, XDG folders and TMPDIR of its own, removed afterwards. ctest runs
# every test through it, so a test writes only inside its own temporary folder: parallel tests
# never share drafts, history or settings, and nothing is left behind in the build folder or the
# user's home.
#   tests/support/with-own-folders.sh COMMAND [ARGS...]
set -eu
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

root=$(mktemp -d "${TMPDIR:-/tmp}/segmentdesk-test.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/home" "$root/runtime" "$root/tmp"
mkdir -p "$root/home/.config" "$root/home/.local/share" "$root/home/.cache" "$root/home/.local/state"
export TMPDIR="$root/tmp" HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" \
    XDG_CONFIG_HOME="$root/home/.config" XDG_DATA_HOME="$root/home/.local/share" \
    XDG_CACHE_HOME="$root/home/.cache" XDG_STATE_HOME="$root/home/.local/state"

# Not exec: the trap above must run when the command ends.
status=0
"$@" || status=$?
exit $status
