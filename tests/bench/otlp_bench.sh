#!/usr/bin/env bash
# The proxy's added latency with OTLP export on vs off, in one run: two TokenTaps recording
# every call against the same fake upstream, one also exporting every call (--otlp-endpoint) to
# a fake collector, measured with wrk in interleaved rounds. Then how fast the exported spans
# reached the collector. (Export throughput on its own: build/bench/tokentap_bench_otlp.)
#
#   tests/bench/otlp_bench.sh [BUILD_DIR=build] [SECONDS_PER_RUN=3] [ROUNDS=3]
#
# Needs wrk (Debian: apt-get install wrk) and a Release build with the bench targets.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
seconds=${2:-3}
rounds=${3:-3}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[[ -x $build/bin/tokentap && -x $build/bench/tokentap_bench_otlp ]] || {
    echo "build first: cmake --preset dev && cmake --build build" >&2; exit 2; }

tmp=$(mktemp -d)
pids=()
# shellcheck source=bench_common.sh
source tests/bench/bench_common.sh # the working folder is the repository
trap cleanup EXIT


"$build/bench/tokentap_bench_upstream" > "$tmp/upstream.out" 2>&1 &
pids+=($!)
wait_line "$tmp/upstream.out" "listening on"
up_port=$(awk '/listening on/ { print $3 }' "$tmp/upstream.out")

# Niced: a real collector runs elsewhere; this one must not take the proxy's CPU here.
nice -n 10 "$build/bench/tokentap_bench_otlp" --collector 3600 > "$tmp/collector.out" 2>&1 &
pids+=($!)
wait_line "$tmp/collector.out" "listening on"
col_port=$(awk '/listening on/ { print $3 }' "$tmp/collector.out")

start_tokentap() { # name extra-args...
    local name=$1
    shift
    "$build/bin/tokentap" --headless --listen 127.0.0.1:0 --upstream "http://127.0.0.1:$up_port/v1" \
        --data-dir "$tmp/data-$name" "$@" > "$tmp/$name.out" 2>&1 &
    pids+=($!)
    wait_line "$tmp/$name.out" "listening on"
}
start_tokentap off
start_tokentap on --otlp-endpoint "http://127.0.0.1:$col_port/v1/traces" --otlp-encoding proto
port_of() { sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/$1.out" | head -1; }
declare -A port=([off]=$(port_of off) [on]=$(port_of on))

cat > "$tmp/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are a helpful assistant that answers in one word."},{"role":"user","content":"What is the capital of France?"}],"temperature":0.7}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-bench-0000000000000000"
LUA

run_wrk() { # target connections -> "rps p50ms p99ms requests"
    local out
    out=$(wrk -t1 -c"$2" -d"${seconds}s" --latency -s "$tmp/post.lua" \
        "http://127.0.0.1:${port[$1]}/v1/chat/completions")
    if grep -q "Non-2xx\|Socket errors" <<<"$out"; then
        echo "errors during $1 c=$2:" >&2; grep "Non-2xx\|Socket errors" <<<"$out" >&2
    fi
    echo "$(awk '/Requests\/sec/ { print $2 }' <<<"$out") \
$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")") \
$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")") \
$(awk '/requests in/ { print $1 }' <<<"$out")"
}

for t in off on; do
    wrk -t1 -c16 -d1s -s "$tmp/post.lua" "http://127.0.0.1:${port[$t]}/v1/chat/completions" >/dev/null
done

echo "# OTLP export on vs off: $(nproc) cores, ${seconds}s per run, median of $rounds interleaved rounds"
echo
echo "| connections | export | req/s | p50 ms | p99 ms | p50 vs off | p99 vs off |"
echo "|---|---|---|---|---|---|---|"
requests_on=0
for c in 1 16; do
    declare -A rps=() p50=() p99=()
    for _ in $(seq 1 "$rounds"); do
        for t in off on; do
            read -r r a b n <<<"$(run_wrk "$t" "$c")"
            rps[$t]+="$r "; p50[$t]+="$a "; p99[$t]+="$b "
            [[ $t == on ]] && requests_on=$((requests_on + n))
        done
    done
    o50=$(tr ' ' '\n' <<<"${p50[off]}" | median)
    o99=$(tr ' ' '\n' <<<"${p99[off]}" | median)
    for t in off on; do
        m50=$(tr ' ' '\n' <<<"${p50[$t]}" | median)
        m99=$(tr ' ' '\n' <<<"${p99[$t]}" | median)
        rel50=$(awk -v x="$m50" -v d="$o50" 'BEGIN { printf "%+.1f%%", (x - d) / d * 100 }')
        rel99=$(awk -v x="$m99" -v d="$o99" 'BEGIN { printf "%+.1f%%", (x - d) / d * 100 }')
        [[ $t == off ]] && { rel50="–"; rel99="–"; }
        echo "| $c | $t | $(tr ' ' '\n' <<<"${rps[$t]}" | median) | $m50 | $m99 | $rel50 | $rel99 |"
    done
    unset rps p50 p99
done

# Every call the exporting TokenTap recorded reaches the collector: the outbox holds what the
# exporter (idle priority) could not send while wrk kept the CPUs busy. Wait until the collector
# has seen nothing new for 10 s, then count the calls recorded.
load_end=$(awk '/^spans/ { t = NR } END { print t + 0 }' "$tmp/collector.out")
during=$(awk '/^spans/ { n = $2 } END { print n + 0 }' "$tmp/collector.out")
previous=-1
still=0
while (( still < 10 )); do
    sleep 1
    got=$(awk '/^spans/ { n = $2 } END { print n + 0 }' "$tmp/collector.out")
    if (( got == previous )); then still=$((still + 1)); else still=0; previous=$got; fi
done
kill -INT "${pids[-1]}"
wait "${pids[-1]}" 2>/dev/null || true
recorded=$(( $("$build/bin/tokentap" export --format csv --data-dir "$tmp/data-on" -o "$tmp/on.csv" \
    | awk '{ print $1 }') ))
read -r got first last <<<"$(awk '/^spans/ { n = $2; f = $4; l = $6 } END { print n, f, l }' "$tmp/collector.out")"
echo
echo "Calls recorded by the exporting TokenTap: $recorded (of $requests_on measured requests and"
echo "the warm-up); spans accepted by the collector: $got ($during while wrk ran, the rest from"
echo "the outbox afterwards)."
echo "$(awk -v n="$got" -v f="$first" -v l="$last" 'BEGIN { printf "%.0f spans/s on average from the first request to the last (%.1f s).", n / (l - f), l - f }')"
grep "not recorded" "$tmp/on.out" || true
