# Shell helpers shared by the wrk-driven benchmarks (proxy_bench.sh, otlp_bench.sh); sourced.
# Expects `tmp` (a scratch folder) and `pids` (processes to stop) set by the caller.

cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$tmp"
}

wait_line() { # file pattern
    for _ in $(seq 1 100); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
    echo "timed out waiting for '$2' in $1" >&2; cat "$1" >&2; exit 1
}

to_ms() { # wrk latency "123.45us" | "1.23ms" | "1.02s" -> milliseconds
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.4f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.4f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.4f", v * 1000 }
    }'
}

median() { sort -g | awk 'NF { a[++n] = $1 } END { if (n) print a[int((n + 1) / 2)] }'; }
