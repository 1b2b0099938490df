#!/usr/bin/env bash
# ./bench.sh [--quick]: the performance figures of OutlookNetworking, each beside its baseline, measured in one run on
# this machine (docs/performance.md explains them). Builds Release, starts a private PostgreSQL on loopback (for the
# two-worker night; stopped on exit), runs the BenchmarkDotNet micro benchmarks (engine, store writes; not with --quick), then the macro
# benchmark (ingest, requests, calendar requests apart: delta requests and series re-reads, analysis, memory, nightly run, API). Prints a table and, as its last line, one line of
# JSON. Everything else goes to ./bench-output/ (logs, BenchmarkDotNet reports, generated tenants).
#   --quick   a smaller run (under 3 minutes): fewer repetitions, a 200-user night, 100k instead of 200k messages.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
OUT="$ROOT/bench-output"
QUICK=""
[ "${1:-}" = "--quick" ] && QUICK="--quick"
mkdir -p "$OUT"
rm -rf "$OUT/BenchmarkDotNet.Artifacts" "$OUT/work/ingest" "$OUT/work/calendar" "$OUT/work/memory" "$OUT/work/night" "$OUT/work/api"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log() { printf '[bench.sh] %s\n' "$*" >&2; }

# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
ensure_apt_packages postgresql
if start_private_postgres "$OUT/postgres"; then
  export OUTLOOKNETWORKING_BENCH_POSTGRES="$OUTLOOKNETWORKING_TEST_POSTGRES"
else
  log "PostgreSQL did not start: the two-worker figure will be missing"
fi
trap stop_private_postgres EXIT

log "dotnet build -c Release"
if ! dotnet build benchmarks/OutlookNetworking.Benchmarks -c Release >"$OUT/build.log" 2>&1; then
  log "build failed (see $OUT/build.log)"; grep -E ' error ' "$OUT/build.log" | sort -u | head -20 >&2; exit 1
fi
BENCH="$ROOT/benchmarks/OutlookNetworking.Benchmarks/bin/Release/net10.0/OutlookNetworking.Benchmarks.dll"

if [ -z "$QUICK" ]; then
  log "micro benchmarks (BenchmarkDotNet, in process)"
  (cd "$OUT" && dotnet "$BENCH" --filter '*EngineBenchmark*' --inProcess >"$OUT/micro-engine.log" 2>&1) \
    || log "engine micro benchmark failed (see $OUT/micro-engine.log)"
  (cd "$OUT" && dotnet "$BENCH" --filter '*StoreWriteBenchmark*' >"$OUT/micro-store.log" 2>&1) \
    || log "store micro benchmark failed (see $OUT/micro-store.log)"
fi

log "macro benchmark (progress in $OUT/macro.log)"
# Server GC for the macro run and the child processes it starts, except the API stage's web host, which runs its own
# runtimeconfig (workstation GC, chosen for the API's latency: docs/performance.md). So the ingest, analysis and night
# figures are those of a host run with DOTNET_gcServer=1; docs/performance.md gives them under workstation GC too.
DOTNET_gcServer=1 dotnet "$BENCH" macro $QUICK --work "$OUT/work" --micro-results "$OUT/BenchmarkDotNet.Artifacts/results" \
  2>"$OUT/macro.log" | tee "$OUT/macro.out"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || log "macro benchmark reported a failed stage (see $OUT/macro.log)"
exit "$status"
