#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command with a keychain of its own: a private D-Bus session with gnome-keyring-daemon
# (Secret Service) under a fresh HOME and XDG folders, removed afterwards. ctest runs the keychain
# tests through it, so parallel tests never share a keyring and none touches the real user's
# keychain or settings.
#   tests/support/with-keyring.sh [--locked] COMMAND [ARGS...]
# Unlocked (default): the login collection exists and takes secrets.
# --locked: a login keyring exists on disk (made and unlocked in a first session) but the
#   command's session never unlocks it, as after a login that did not unlock the keyring; the bus
#   starts the daemon on demand, and its unlock prompt fails for want of a display.
# Sets SEGMENTDESK_TEST_KEYRING=unlocked|locked, which the keychain tests require.
set -eu
mode=unlocked
if [ "${1:-}" = "--locked" ]; then
    mode=locked
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--locked] COMMAND [ARGS...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (run scripts/deps)" >&2; exit 1; }
done

# A HOME, XDG folders and TMPDIR of its own (a temp folder of its own too: the secrets audit
# searches it, and the shared one may hold a checkout of this project, whose tests name the
# made-up keys).
if [ -z "${SEGMENTDESK_OWN_FOLDERS:-}" ]; then
    if [ "$mode" = locked ]; then set -- --locked "$@"; fi
    SEGMENTDESK_OWN_FOLDERS=1 exec sh "$(dirname "$0")/with-own-folders.sh" sh "$0" "$@"
fi

# No display: the keyring's unlock prompt (gcr-prompter) must fail at once, never wait for a person.
unset DISPLAY WAYLAND_DISPLAY
export SEGMENTDESK_TEST_KEYRING="$mode"

# gnome-keyring-daemon outlives its session bus; before the bus goes, stop the daemon that
# owns the Secret Service on it (ours: the bus is private), by its process id.
stop_keyring='
    pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets \
        2>/dev/null | awk "/uint32/ { print \$2 }")
    if [ -n "$pid" ]; then kill "$pid"; fi'

if [ "$mode" = locked ]; then
    # A runtime folder of its own: the daemon of this first session takes a moment to leave
    # after its kill, and one started later would find its control socket and wait on it.
    # The daemon writes the keyring file after --unlock returns, so the session lasts until the
    # file is there: up to 10 s, looked at every 0.1 s.
    mkdir -m 700 "$TMPDIR/setup-runtime"
    XDG_RUNTIME_DIR="$TMPDIR/setup-runtime" dbus-run-session -- sh -c '
        printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        tries=0
        until [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] || [ $tries -ge 100 ]; do
            sleep 0.1
            tries=$((tries + 1))
        done
        '"$stop_keyring"
    [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] || { echo "$0: no login keyring made" >&2; exit 1; }
fi

# (dbus-daemon run as root says it
# cannot raise its file limit: harmless.)
status=0
dbus-run-session -- sh -c '
    if [ "$SEGMENTDESK_TEST_KEYRING" = unlocked ]; then
        # A password on stdin creates and unlocks the login collection secrets are stored in.
        eval "$(printf pass | gnome-keyring-daemon --unlock --components=secrets)"
    fi
    status=0
    "$@" || status=$?
    '"$stop_keyring"'
    exit $status' sh "$@" || status=$?
exit $status
