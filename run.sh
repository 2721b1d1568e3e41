#!/usr/bin/env bash
# Installs what is missing, builds TokenTap (Release, build/) and starts it: with its window
# when a display is available, headless otherwise. Arguments go to tokentap.
set -euo pipefail
cd "$(dirname "$0")"
./.ci/install-deps.sh
if [[ ! -f build/build.ninja ]]; then
    cmake --preset dev >/dev/null
fi
cmake --build build --target tokentap
args=("$@")
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]] && [[ ! " ${args[*]:-} " =~ " --headless " ]]; then
    args=(--headless "${args[@]}")
fi
exec build/bin/tokentap "${args[@]}"
