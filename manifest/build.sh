#!/usr/bin/env bash
# Writes the add-in manifests for one host from the templates.
#   manifest/build.sh --host https://localhost:5001    -> manifest/manifest.xml and manifest/unified/manifest.json (committed)
#   manifest/build.sh --host https://networking.contoso.com --out /tmp/manifest.xml [--unified-out /tmp/unified/manifest.json]
# The host is the origin that serves /taskpane/ (the Web project): https, no path, no trailing slash.
# The unified manifest's icons (color.png, outline.png) are copied beside it when it goes elsewhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
host=""
out="$here/manifest.xml"
unified_out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    --unified-out) unified_out="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
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

# Without --out, the committed pair is rebuilt; with --out alone, only the XML manifest.
if [ -z "$unified_out" ] && [ "$out" = "$here/manifest.xml" ]; then unified_out="$here/unified/manifest.json"; fi
if [ -n "$unified_out" ]; then
  hostname="${host#https://}"; hostname="${hostname%%:*}"
  mkdir -p "$(dirname "$unified_out")"
  sed -e "s#__HOST__#$host#g" -e "s#__HOSTNAME__#$hostname#g" "$here/unified/manifest.template.json" > "$unified_out.tmp"
  mv "$unified_out.tmp" "$unified_out"
  for icon in color.png outline.png; do
    [ "$(dirname "$unified_out")/$icon" -ef "$here/unified/$icon" ] || cp "$here/unified/$icon" "$(dirname "$unified_out")/"
  done
  echo "wrote $unified_out for $host" >&2
fi
