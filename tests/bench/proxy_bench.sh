#!/usr/bin/env bash
# Proxy overhead benchmark: direct to a fake upstream, through nginx as a plain reverse proxy
# (proxy_buffering off, keep-alive upstream) and through TokenTap, interleaved in one run.
#
#   tests/bench/proxy_bench.sh [BUILD_DIR=build] [SECONDS_PER_RUN=5] [ROUNDS=3]
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light) and a Release build with the
# bench targets. Prints a Markdown table; figures are medians over the rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
seconds=${2:-5}
rounds=${3:-3}
extra_args=${TOKENTAP_BENCH_ARGS:-}

for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install wrk nginx-light" >&2; exit 2; }
done
[[ -x $build/bin/tokentap && -x $build/bench/tokentap_bench_upstream ]] || {
    echo "build first: cmake --preset dev && cmake --build build" >&2; exit 2; }

tmp=$(mktemp -d)
pids=()
# shellcheck source=bench_common.sh
source tests/bench/bench_common.sh # the working folder is the repository
trap cleanup EXIT

free_port() {
    for p in $(seq 18400 18500); do
        (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; return; }
    done
}
thread_ticks() { # pid name: user+system clock ticks of the process's threads named so
    local total=0 t f
    for t in /proc/"$1"/task/*; do
        # The kernel keeps 15 characters of a thread's name.
        [[ $(cat "$t/comm" 2>/dev/null) == "${2:0:15}" ]] || continue
        read -r -a f < "$t/stat" # TokenTap's thread names have no spaces
        total=$((total + f[13] + f[14]))
    done
    echo "$total"
}
cpu_ticks() { # pid...: user+system clock ticks of the processes
    local total=0
    for p in "$@"; do
        read -r -a f < "/proc/$p/stat"
        total=$((total + f[13] + f[14]))
    done
    echo "$total"
}

# Upstream
"$build/bench/tokentap_bench_upstream" --events 3 --event-gap-ms 1 > "$tmp/upstream.out" 2>&1 &
pids+=($!)
wait_line "$tmp/upstream.out" "listening on"
up_port=$(awk '/listening on/ { print $3 }' "$tmp/upstream.out")

# nginx as a plain reverse proxy, one worker (TokenTap's proxying is one network thread too)
ngx_port=$(free_port)
mkdir -p "$tmp/nginx/logs"
cat > "$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    upstream fake { server 127.0.0.1:$up_port; keepalive 128; }
    server {
        listen 127.0.0.1:$ngx_port;
        location / {
            proxy_pass http://fake;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
            proxy_request_buffering off;
        }
    }
}
CONF
nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" 2>"$tmp/nginx/stderr" &
pids+=($!)
for _ in $(seq 1 100); do [[ -s $tmp/nginx/nginx.pid ]] && break; sleep 0.05; done
ngx_master=$(cat "$tmp/nginx/nginx.pid")
sleep 0.2
ngx_workers=$(pgrep -P "$ngx_master" | tr '\n' ' ')

# TokenTap twice: recording every call (the default), and with --no-trace.
start_tokentap() { # name extra-args...
    local name=$1
    shift
    # shellcheck disable=SC2086
    "$build/bin/tokentap" --headless --listen 127.0.0.1:0 --upstream "http://127.0.0.1:$up_port/v1" \
        --data-dir "$tmp/data-$name" $extra_args "$@" > "$tmp/$name.out" 2>&1 &
    pids+=($!)
    wait_line "$tmp/$name.out" "listening on"
}
start_tokentap tokentap
tt_pid=${pids[-1]}
tt_port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/tokentap.out" | head -1)
start_tokentap notrace --no-trace
nt_pid=${pids[-1]}
nt_port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/notrace.out" | head -1)

cat > "$tmp/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"What is the capital of France?"}],"temperature":0.7}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-bench-0000000000000000"
LUA

declare -A port=([direct]=$up_port [nginx]=$ngx_port [tokentap]=$tt_port [notrace]=$nt_port)
targets=(direct nginx notrace tokentap)

run_wrk() { # target connections -> "rps p50ms p99ms cpu_us_per_req network_thread_cpu_us_per_req"
    local target=$1 c=$2 before after net_before="" net_after out rps p50 p99 reqs cpu="" net=""
    case $target in
        nginx) before=$(cpu_ticks $ngx_workers) ;;
        tokentap) before=$(cpu_ticks "$tt_pid"); net_before=$(thread_ticks "$tt_pid" tokentap-network) ;;
        notrace) before=$(cpu_ticks "$nt_pid"); net_before=$(thread_ticks "$nt_pid" tokentap-network) ;;
    esac
    out=$(wrk -t1 -c"$c" -d"${seconds}s" --latency -s "$tmp/post.lua" \
        "http://127.0.0.1:${port[$target]}/v1/chat/completions")
    case $target in
        nginx) after=$(cpu_ticks $ngx_workers) ;;
        tokentap) after=$(cpu_ticks "$tt_pid"); net_after=$(thread_ticks "$tt_pid" tokentap-network) ;;
        notrace) after=$(cpu_ticks "$nt_pid"); net_after=$(thread_ticks "$nt_pid" tokentap-network) ;;
    esac
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    reqs=$(awk '/requests in/ { print $1 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    if grep -q "Non-2xx\|Socket errors" <<<"$out"; then
        echo "errors during $target c=$c:" >&2; grep "Non-2xx\|Socket errors" <<<"$out" >&2
    fi
    if [[ -n ${before:-} ]]; then
        local hz
        hz=$(getconf CLK_TCK)
        cpu=$(awk -v t=$((after - before)) -v n="$reqs" -v hz="$hz" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
    fi
    if [[ -n $net_before ]]; then
        net=$(awk -v t=$((net_after - net_before)) -v n="$reqs" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
    fi
    echo "$rps $p50 $p99 ${cpu:--} ${net:--}"
}

# Warm up every path (connections, pools, caches).
for t in "${targets[@]}"; do
    wrk -t1 -c16 -d1s -s "$tmp/post.lua" "http://127.0.0.1:${port[$t]}/v1/chat/completions" >/dev/null
done

echo "# Proxy benchmark: $(nproc) cores, ${seconds}s per run, median of $rounds interleaved rounds"
echo
echo "(notrace: tokentap --no-trace; tokentap: recording every call. Process CPU is every thread's,"
echo "recording included; network thread CPU is the proxying alone, the thread every call waits on)"
echo
echo "| connections | target | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms | process CPU µs/req | network thread CPU µs/req |"
echo "|---|---|---|---|---|---|---|---|---|"
for c in 1 16 64; do
    declare -A rps=() p50=() p99=() cpu=() net=()
    for _ in $(seq 1 "$rounds"); do
        for t in "${targets[@]}"; do
            read -r r a b u n <<<"$(run_wrk "$t" "$c")"
            rps[$t]+="$r "; p50[$t]+="$a "; p99[$t]+="$b "; cpu[$t]+="$u "; net[$t]+="$n "
        done
    done
    d50=$(tr ' ' '\n' <<<"${p50[direct]}" | median)
    d99=$(tr ' ' '\n' <<<"${p99[direct]}" | median)
    for t in "${targets[@]}"; do
        m_rps=$(tr ' ' '\n' <<<"${rps[$t]}" | median)
        m50=$(tr ' ' '\n' <<<"${p50[$t]}" | median)
        m99=$(tr ' ' '\n' <<<"${p99[$t]}" | median)
        m_cpu=$(tr ' ' '\n' <<<"${cpu[$t]}" | grep -v '^-$' | median || true)
        m_net=$(tr ' ' '\n' <<<"${net[$t]}" | grep -v '^-$' | median || true)
        if [[ $t == direct ]]; then
            a50="–"; a99="–"
        else
            a50=$(awk -v x="$m50" -v d="$d50" 'BEGIN { printf "%.3f", x - d }')
            a99=$(awk -v x="$m99" -v d="$d99" 'BEGIN { printf "%.3f", x - d }')
        fi
        echo "| $c | $t | $m_rps | $m50 | $m99 | $a50 | $a99 | ${m_cpu:-–} | ${m_net:-–} |"
    done
    unset rps p50 p99 cpu net
done

echo
echo "| time to first SSE event | p50 µs | p90 µs | p99 µs | added p50 µs |"
echo "|---|---|---|---|---|"
declare -A ttfe=()
for _ in $(seq 1 "$rounds"); do
    for t in "${targets[@]}"; do
        ttfe[$t]+="$("$build/bench/tokentap_bench_ttfe" "${port[$t]}" /v1/chat/completions 300) ;"
    done
done
for t in "${targets[@]}"; do
    IFS=';' read -r -a runs <<<"${ttfe[$t]}"
    p50s=""; p90s=""; p99s=""
    for r in "${runs[@]}"; do
        [[ -n ${r// } ]] || continue
        read -r _ a _ b _ c <<<"$r"
        p50s+="$a "; p90s+="$b "; p99s+="$c "
    done
    m50=$(tr ' ' '\n' <<<"$p50s" | median)
    [[ $t == direct ]] && d_ttfe=$m50
    added=$([[ $t == direct ]] && echo "–" || awk -v x="$m50" -v d="$d_ttfe" 'BEGIN { printf "%.1f", x - d }')
    echo "| $t | $m50 | $(tr ' ' '\n' <<<"$p90s" | median) | $(tr ' ' '\n' <<<"$p99s" | median) | $added |"
done

echo
rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$tt_pid/status")
echo "TokenTap peak RSS: $((rss_kb / 1024)) MiB (VmHWM $rss_kb kB), recording every call"
rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$nt_pid/status")
echo "TokenTap --no-trace peak RSS: $((rss_kb / 1024)) MiB (VmHWM $rss_kb kB)"
kill -INT "$tt_pid"
wait "$tt_pid" 2>/dev/null || true
rows=$(build/bin/tokentap export --format csv --data-dir "$tmp/data-tokentap" -o "$tmp/all.csv" | awk '{ print $1 }')
echo "Calls recorded by TokenTap during the run: $rows"
