#!/usr/bin/env bash
# Validates manifest/manifest.xml offline against the Office add-in XSDs in manifest/schemas/
# (xmllint --nonet: no network). Exit code 0 when valid, 1 when not, 2 for bad usage.
#   manifest/validate.sh               validate manifest.xml
#   manifest/validate.sh FILE          validate FILE (e.g. a manifest made by build.sh --host https://your-host)
#   manifest/validate.sh --self-test   also: manifest.xml matches the template, a manifest built for
#                                      a production host validates, deliberately broken copies FAIL,
#                                      and the same for the unified JSON manifest (unified/validate.mjs,
#                                      which needs the task pane's npm packages: installed when missing).
#                                      The last stdout line is "PASSED FAILED" (read by ./test.sh).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
schema="$here/schemas/OfficeAppManifestV1_1.xsd"
manifest="$here/manifest.xml"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate.sh: xmllint not found (apt-get install -y libxml2-utils)" >&2
  [ "${1:-}" = "--self-test" ] && echo "0 1"
  exit 1
fi

validate() { xmllint --nonet --noout --schema "$schema" "$1"; }

if [ "${1:-}" != "--self-test" ]; then
  file="${1:-$manifest}"
  [ $# -le 1 ] || { echo "usage: validate.sh [FILE | --self-test]" >&2; exit 2; }
  [ -f "$file" ] || { echo "validate.sh: no such file: $file" >&2; exit 2; }
  validate "$file"
  exit $?
fi

passed=0; failed=0
check() { # check NAME EXPECTED(valid|invalid) FILE
  local name="$1" expected="$2" file="$3" log
  if log=$(validate "$file" 2>&1); then actual=valid; else actual=invalid; fi
  if [ "$actual" = "$expected" ]; then
    passed=$((passed+1)); echo "ok   $name ($actual)"
  else
    failed=$((failed+1)); echo "FAIL $name: expected $expected, was $actual"; echo "$log" | sed 's/^/     /' >&2
  fi
}

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

check "manifest.xml validates" valid "$manifest"

"$here/build.sh" --host https://localhost:5001 --out "$work/localhost.xml" 2>/dev/null
if cmp -s "$work/localhost.xml" "$manifest"; then passed=$((passed+1)); echo "ok   manifest.xml is build.sh --host https://localhost:5001"
else failed=$((failed+1)); echo "FAIL manifest.xml differs from the template: run manifest/build.sh --host https://localhost:5001"; fi

"$here/build.sh" --host https://networking.contoso.example --out "$work/production.xml" 2>/dev/null
check "a production-host manifest validates" valid "$work/production.xml"

# validate.sh FILE validates FILE, not manifest.xml: a broken FILE fails, a missing one is bad usage.
sed '/<Id>/d' "$work/production.xml" > "$work/given-broken.xml"
if "$here/validate.sh" "$work/production.xml" 2>/dev/null; then passed=$((passed+1)); echo "ok   validate.sh FILE accepts a valid FILE"
else failed=$((failed+1)); echo "FAIL validate.sh FILE rejected a valid FILE"; fi
if "$here/validate.sh" "$work/given-broken.xml" 2>/dev/null; then failed=$((failed+1)); echo "FAIL validate.sh FILE accepted a broken FILE (it validated something else)"
else passed=$((passed+1)); echo "ok   validate.sh FILE rejects a broken FILE"; fi
"$here/validate.sh" "$work/does-not-exist.xml" 2>/dev/null; rc=$?
if [ $rc -eq 2 ]; then passed=$((passed+1)); echo "ok   validate.sh MISSING-FILE exits 2"
else failed=$((failed+1)); echo "FAIL validate.sh MISSING-FILE exited $rc, not 2"; fi

# Broken copies that the schemas must reject.
sed '/<Id>/d' "$manifest" > "$work/no-id.xml"
check "broken copy without <Id> is rejected" invalid "$work/no-id.xml"
sed 's#<Permissions>ReadItem</Permissions>#<Permissions>ReadEverything</Permissions>#' "$manifest" > "$work/bad-permission.xml"
check "broken copy with an unknown permission is rejected" invalid "$work/bad-permission.xml"
# SupportsPinning is a VersionOverrides 1.1 element: inside the 1.0 block it must fail.
awk '!done && /<SourceLocation resid="Taskpane.Url" \/>/ { print; print "                    <SupportsPinning>true</SupportsPinning>"; done=1; next } { print }' "$manifest" > "$work/pinning-in-v1_0.xml"
check "broken copy with SupportsPinning in the 1.0 block is rejected" invalid "$work/pinning-in-v1_0.xml"

# --- the unified (JSON) manifest -----------------------------------------------------------------
taskpane="$here/../src/OutlookNetworking.TaskPane"
if [ ! -d "$taskpane/node_modules/@microsoft/app-manifest" ]; then
  (cd "$taskpane" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
check_json() { # check_json NAME EXPECTED(valid|invalid) FILE
  local name="$1" expected="$2" file="$3" log
  if log=$(node "$here/unified/validate.mjs" "$file" 2>&1); then actual=valid; else actual=invalid; fi
  if [ "$actual" = "$expected" ]; then
    passed=$((passed+1)); echo "ok   $name ($actual)"
  else
    failed=$((failed+1)); echo "FAIL $name: expected $expected, was $actual"; echo "$log" | sed 's/^/     /' >&2
  fi
}
check_json "unified/manifest.json validates" valid "$here/unified/manifest.json"
"$here/build.sh" --host https://localhost:5001 --out "$work/localhost.xml" --unified-out "$work/unified/manifest.json" 2>/dev/null
if cmp -s "$work/unified/manifest.json" "$here/unified/manifest.json"; then passed=$((passed+1)); echo "ok   unified/manifest.json is build.sh --host https://localhost:5001"
else failed=$((failed+1)); echo "FAIL unified/manifest.json differs from its template: run manifest/build.sh --host https://localhost:5001"; fi
"$here/build.sh" --host https://networking.contoso.example --out "$work/production.xml" --unified-out "$work/production/manifest.json" 2>/dev/null
check_json "a production-host unified manifest validates" valid "$work/production/manifest.json"
sed 's/"pinnable": true/"pinable": true/' "$work/production/manifest.json" > "$work/production/typo.json"
check_json "broken unified copy with a misspelt property is rejected" invalid "$work/production/typo.json"
grep -v '"id": "9227f3e5' "$work/production/manifest.json" > "$work/production/no-id.json"
check_json "broken unified copy without id is rejected" invalid "$work/production/no-id.json"

echo "$passed $failed"
[ "$failed" -eq 0 ]
