#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command with a keychain of its own: a private D-Bus session and an unlocked
# gnome-keyring-daemon (Secret Service), under a fresh HOME and XDG folders that are removed
# afterwards. ctest runs the keychain tests through it, so parallel tests never share a keyring
# and nothing touches the real user's keychain or settings.
#   tests/support/with-keyring.sh COMMAND [ARGS...]
set -eu
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (run scripts/deps)" >&2; exit 1; }
done

root=$(mktemp -d "${TMPDIR:-/tmp}/segmentdesk-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -m 700 "$root/home" "$root/runtime"
mkdir -p "$root/home/.config" "$root/home/.local/share" "$root/home/.cache" "$root/home/.local/state"

# Not exec: the trap above must run when the command ends.
set +e
HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" XDG_CONFIG_HOME="$root/home/.config" \
XDG_DATA_HOME="$root/home/.local/share" XDG_CACHE_HOME="$root/home/.cache" \
XDG_STATE_HOME="$root/home/.local/state" \
    dbus-run-session -- sh -c '
        # Unlocking with a password on stdin creates the login collection the Secret Service
        # stores into; without it writes fail with "Object does not exist at path …/login".
        eval "$(printf pass | gnome-keyring-daemon --unlock --components=secrets)"
        # The daemon leaves by itself when the session bus closes.
        exec "$@"' sh "$@"
status=$?
exit $status
