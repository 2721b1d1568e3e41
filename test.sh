#!/usr/bin/env bash
# Installs what is missing, builds TokenTap with its tests (Release, build/) and runs every test
# through CTest. Exit status is non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
./.ci/install-deps.sh --tests
if [[ ! -f build/build.ninja ]]; then
    cmake --preset dev >/dev/null
fi
cmake --build build
# The SDKs tst_sdk_e2e drives, at the versions package-lock.json pins.
if [[ ! -d tests/sdk/node_modules || tests/sdk/package-lock.json -nt tests/sdk/node_modules ]]; then
    npm ci --prefix tests/sdk --no-audit --no-fund --loglevel=error >/dev/null
fi
ctest --test-dir build --output-on-failure --timeout 300 "$@"
