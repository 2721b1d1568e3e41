#!/usr/bin/env bash
# Installs what is missing, builds TokenTap with its tests (Release, build/) and runs every test
# through CTest. Exit status is non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
./.ci/install-deps.sh
if [[ ! -f build/build.ninja ]]; then
    cmake --preset dev >/dev/null
fi
cmake --build build
ctest --test-dir build --output-on-failure --timeout 300 "$@"
