#!/usr/bin/env bash
# Installs the Debian 12 packages TokenTap needs to build, run and test, when any is missing.
# Quick and silent when everything is already there. Used by ./run.sh and, with --tests (which
# adds what only the tests need), by ./test.sh.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format
    # libraries
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev libqt6sql6-sqlite libhttp-parser-dev zlib1g-dev libbrotli-dev libzstd-dev libsimdjson-dev libsqlite3-dev libssl-dev
    # OTLP export: protobuf messages generated at build time
    libprotobuf-dev protobuf-compiler
    # secrets in the desktop keychain
    qtkeychain-qt6-dev libglib2.0-dev
    # translations (lupdate, lrelease) and Qt's own catalogues for the standard dialogs
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # the .deb: dpkg-shlibdeps computes its dependencies (CPack finds the binaries with file)
    dpkg-dev file
    # runtime: TLS backend for HTTPS upstreams, fonts for the window
    libssl3 ca-certificates fonts-dejavu-core
    # tests: curl drives the built binary end to end; openssl makes a test certificate
    curl openssl
)
if [[ "${1:-}" == "--tests" ]]; then
    # node runs the official OpenAI and Anthropic SDKs through the proxy (tests/sdk)
    packages+=(nodejs npm)
    # a real keychain for tst_keychain: a private D-Bus session with gnome-keyring
    packages+=(dbus dbus-daemon gnome-keyring)
    # tst_package validates the desktop entry and the AppStream metainfo
    packages+=(desktop-file-utils appstream)
fi
# Packages that count as present when their command is: a Node.js from elsewhere (NodeSource,
# nvm) bundles npm, and Debian's npm package would conflict with it.
declare -A provided_by=([nodejs]=node [npm]=npm)
missing=()
for p in "${packages[@]}"; do
    command=${provided_by[$p]:-}
    [[ -n "$command" ]] && command -v "$command" >/dev/null && continue
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
