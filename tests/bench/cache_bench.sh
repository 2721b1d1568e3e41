#!/usr/bin/env bash
# Cache-hit serving: how fast TokenTap answers a call from its cache, beside the fake upstream
# answered directly in the same run. Prints req/s and latency at 1 and 16 connections.
#
#   tests/bench/cache_bench.sh [BUILD_DIR=build] [SECONDS=5]
#
# Needs wrk (apt-get install wrk) and a Release build. TokenTap runs with --no-trace so the figure
# is the cache's own; recording is measured by proxy_bench.sh.
set -euo pipefail
build=${1:-build}
seconds=${2:-5}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
tmp=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

"$build/bench/tokentap_bench_upstream" >"$tmp/upstream.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q listening "$tmp/upstream.out" && break; sleep 0.1; done
up_port=$(grep -o '[0-9]*$' "$tmp/upstream.out" | head -1)

"$build/bin/tokentap" --headless --no-trace --listen 127.0.0.1:0 --data-dir "$tmp/data" \
    --upstream "http://127.0.0.1:$up_port/v1" >"$tmp/tokentap.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q listening "$tmp/tokentap.out" && break; sleep 0.1; done
tt_port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/tokentap.out" | head -1)

cat >"$tmp/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"What is the capital of France?"}],"temperature":0}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-bench-0000000000000000"
LUA

# The first call stores the entry; every later one is a hit.
curl -s -o /dev/null -D "$tmp/first" -X POST -H 'Content-Type: application/json' \
    -H 'Authorization: Bearer sk-bench-0000000000000000' \
    --data '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"What is the capital of France?"}],"temperature":0}' \
    "http://127.0.0.1:$tt_port/v1/chat/completions"
curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' \
    -H 'Authorization: Bearer sk-bench-0000000000000000' \
    --data '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"What is the capital of France?"}],"temperature":0}' \
    "http://127.0.0.1:$tt_port/v1/chat/completions" | grep -qi 'x-bt-cached: HIT' \
    || { echo "no cache hit: is the cache on?" >&2; exit 1; }

printf '| connections | target | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|\n'
for c in 1 16; do
    for target in direct tokentap-hit; do
        port=$up_port
        [[ $target == tokentap-hit ]] && port=$tt_port
        out=$(wrk -t1 -c"$c" -d"${seconds}s" --latency -s "$tmp/post.lua" \
            "http://127.0.0.1:$port/v1/chat/completions")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(awk '$1=="50%" {print $2}' <<<"$out")
        p99=$(awk '$1=="99%" {print $2}' <<<"$out")
        printf '| %s | %s | %s | %s | %s |\n' "$c" "$target" "$rps" "$p50" "$p99"
    done
done
