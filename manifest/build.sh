#!/usr/bin/env bash
# Writes the add-in manifest for one host from manifest.template.xml.
#   manifest/build.sh --host https://localhost:5001                 -> manifest/manifest.xml (committed)
#   manifest/build.sh --host https://networking.contoso.com --out /tmp/manifest.xml
# The host is the origin that serves /taskpane/ (the Web project): https, no path, no trailing slash.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
host=""
out="$here/manifest.xml"
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if ! [[ "$host" =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]]; then
  echo "build.sh: --host must be an https origin without a path, e.g. https://localhost:5001 (got '$host')" >&2
  exit 2
fi
# The host has no characters that sed treats specially in a replacement except '&', which the pattern excludes.
sed "s#__HOST__#$host#g" "$here/manifest.template.xml" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out for $host" >&2
