#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring: a real Secret
# Service for QtKeychain, isolated from the user's own keyring.
set -euo pipefail
if [[ -z "${TOKENTAP_IN_KEYRING_SESSION:-}" ]]; then
    export TOKENTAP_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'tokentap-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
