#!/usr/bin/env bash
# Refreshes the task pane's copy of the API's OpenAPI document and the TypeScript types generated from it:
#   1. runs OpenApiContractTests (tests/OutlookNetworking.Web.Tests) with OUTLOOKNETWORKING_REFRESH_OPENAPI=1, which
#      writes what the host serves at /openapi/v1.json to src/OutlookNetworking.TaskPane/openapi/v1.json;
#   2. `npm run api:types` in the task pane: src/api/schema.d.ts from that copy (openapi-typescript).
# Then `npm run build` in the task pane names every place a changed contract must be handled. Review and commit both
# files. Needs the .NET SDK and the task pane's node_modules (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
OUTLOOKNETWORKING_REFRESH_OPENAPI=1 dotnet test tests/OutlookNetworking.Web.Tests -c Debug -p:SkipTaskPaneBuild=true \
  --filter "FullyQualifiedName~OutlookNetworking.Web.Tests.Api.OpenApiContractTests" --nologo
cd src/OutlookNetworking.TaskPane
npm run --silent api:types
git status --short -- openapi src/api/schema.d.ts
