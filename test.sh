#!/usr/bin/env bash
# Runs every test of OutlookNetworking and ends with one line: "N passed, N failed, N skipped".
#   .NET: unit, integration (real HTTP to the Graph simulator, SQLite and PostgreSQL), browser (Chromium)
#   front end: vitest for the task pane, and its lint (ESLint, and the generated API types against the committed
#   OpenAPI document: npm run lint) as one check
#   manifest: offline XSD validation with xmllint (and a deliberately broken copy must fail)
#   deployment: deploy/azure/main.bicep built and linted, warning-free, by the Bicep CLI (scripts/bicep.sh fetches it
#   from NuGet); the nginx recipe in deploy/linux is run for real by a .NET test
# On a fresh machine it installs what is missing (apt: chromium, postgresql, libxml2-utils, nginx, and sqlite3, jq, curl, openssl for the admin guide's commands; npm
# packages from the lock file) and starts a private PostgreSQL on loopback, stopped on exit.
# Results and screenshots go to ./test-output/.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
OUT="$ROOT/test-output"
rm -rf "$OUT"; mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export OUTLOOKNETWORKING_TEST_OUTPUT="$OUT"

PASSED=0; FAILED=0; SKIPPED=0
log() { printf '[test.sh] %s\n' "$*" >&2; }

# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

# RUNLEVEL=1: the nginx package must not start a system-wide nginx (the test runs its own, with its own configuration).
RUNLEVEL=1 ensure_apt_packages chromium postgresql libxml2-utils nginx sqlite3 jq curl openssl
start_private_postgres "$OUT/postgres" || { log "PostgreSQL did not start"; FAILED=$((FAILED+1)); }
trap stop_private_postgres EXIT

# --- front end -------------------------------------------------------------------------------
TASKPANE=src/OutlookNetworking.TaskPane
if [ -f "$TASKPANE/package.json" ]; then
  log "task pane: npm ci + lint + vitest"
  if (cd "$TASKPANE" && npm ci --no-audit --no-fund --loglevel=error >"$OUT/npm-ci.log" 2>&1); then
    # One check: every finding fails it (its list is in lint.log).
    if (cd "$TASKPANE" && npm run --silent lint >"$OUT/lint.log" 2>&1); then
      PASSED=$((PASSED+1)); log "lint: passed"
    else
      FAILED=$((FAILED+1)); log "lint: failed (see $OUT/lint.log)"; tail -20 "$OUT/lint.log" >&2
    fi
    (cd "$TASKPANE" && npx vitest run --reporter=default --reporter=json --outputFile="$OUT/vitest.json" >"$OUT/vitest.log" 2>&1)
    if [ -f "$OUT/vitest.json" ]; then
      read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests+(r.numRuntimeErrorTestSuites||0),r.numPendingTests+(r.numTodoTests||0))' "$OUT/vitest.json")
      PASSED=$((PASSED+p)); FAILED=$((FAILED+f)); SKIPPED=$((SKIPPED+s))
      log "vitest: $p passed, $f failed, $s skipped"
    else
      log "vitest produced no report (see $OUT/vitest.log)"; tail -20 "$OUT/vitest.log" >&2; FAILED=$((FAILED+1))
    fi
  else
    log "npm ci failed (see $OUT/npm-ci.log)"; tail -20 "$OUT/npm-ci.log" >&2; FAILED=$((FAILED+1))
  fi
fi

# --- manifest --------------------------------------------------------------------------------
if [ -x manifest/validate.sh ]; then
  log "manifest: xmllint against the official XSDs"
  read -r p f < <(manifest/validate.sh --self-test 2>"$OUT/manifest.log" | tail -1)
  PASSED=$((PASSED+${p:-0})); FAILED=$((FAILED+${f:-1}))
  log "manifest: ${p:-0} passed, ${f:-1} failed"
fi

# --- deployment ------------------------------------------------------------------------------
log "deployment: bicep build + lint of deploy/azure/main.bicep"
for step in build lint; do
  if [ "$step" = build ]; then args=(build deploy/azure/main.bicep --outfile "$OUT/azure-main.json"); else args=(lint deploy/azure/main.bicep); fi
  if scripts/bicep.sh "${args[@]}" >"$OUT/bicep-$step.log" 2>&1 && [ ! -s "$OUT/bicep-$step.log" ]; then
    PASSED=$((PASSED+1)); log "bicep $step: passed (no warning)"
  else
    FAILED=$((FAILED+1)); log "bicep $step: failed or warned (see $OUT/bicep-$step.log)"; head -20 "$OUT/bicep-$step.log" >&2
  fi
done

# --- .NET ------------------------------------------------------------------------------------
log "dotnet build"
if dotnet build OutlookNetworking.sln -c Debug -warnaserror >"$OUT/build.log" 2>&1; then
  log "dotnet test"
  dotnet test OutlookNetworking.sln --no-build -c Debug \
    --logger "trx" --results-directory "$OUT/trx" -- RunConfiguration.TestSessionTimeout=3600000 \
    >"$OUT/dotnet-test.log" 2>&1
  grep -E '^(Passed!|Failed!)|\[FAIL\]|error' "$OUT/dotnet-test.log" | head -60 >&2
  found=0
  for trx in "$OUT"/trx/*.trx; do
    [ -f "$trx" ] || continue
    found=1
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    total=$(get total); passed=$(get passed); failed=$(get failed); errs=$(get error); timeout=$(get timeout); aborted=$(get aborted)
    executed=$(get executed)
    PASSED=$((PASSED+${passed:-0}))
    FAILED=$((FAILED+${failed:-0}+${errs:-0}+${timeout:-0}+${aborted:-0}))
    SKIPPED=$((SKIPPED+${total:-0}-${executed:-0}))
  done
  # A test host that crashed writes no counters: count it as a failure.
  if grep -qE 'Test Run Aborted|The active test run was aborted|crashed' "$OUT/dotnet-test.log"; then
    log "a test host aborted (see $OUT/dotnet-test.log)"; FAILED=$((FAILED+1))
  fi
  [ $found -eq 1 ] || { log "no test results were written"; FAILED=$((FAILED+1)); }
else
  log "build failed (see $OUT/build.log)"; grep -E 'error' "$OUT/build.log" | sort -u | head -30 >&2
  FAILED=$((FAILED+1))
fi

echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" -eq 0 ]
