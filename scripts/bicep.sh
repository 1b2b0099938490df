#!/usr/bin/env bash
# Runs the Bicep CLI, fetching it first when this machine does not have it yet.
#   scripts/bicep.sh build deploy/azure/main.bicep --stdout
#   scripts/bicep.sh lint deploy/azure/main.bicep
# The CLI is the NuGet package Azure.Bicep.CommandLine.linux-x64 (its native binary is tools/bicep), restored with
# the .NET SDK's own client into .tools/bicep/VERSION (git-ignored) through a throw-away project.
set -euo pipefail
VERSION=0.49.2
root="$(cd "$(dirname "$0")/.." && pwd)"
home="$root/.tools/bicep/$VERSION"
bin="$home/packages/azure.bicep.commandline.linux-x64/$VERSION/tools/bicep"
if [ ! -x "$bin" ]; then
  mkdir -p "$home/restore"
  cat > "$home/restore/restore.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$VERSION]" />
  </ItemGroup>
</Project>
PROJ
  # Outside the repository's folder tree, so its Directory.*.props and packages lock do not apply.
  tmp=$(mktemp -d)
  cp "$home/restore/restore.csproj" "$tmp/"
  echo '<Project />' > "$tmp/Directory.Build.props"; echo '<Project />' > "$tmp/Directory.Packages.props"
  dotnet restore "$tmp/restore.csproj" --packages "$home/packages" >"$home/restore.log" 2>&1 || {
    echo "bicep.sh: could not restore Azure.Bicep.CommandLine.linux-x64 $VERSION (see $home/restore.log)" >&2; rm -rf "$tmp"; exit 1; }
  rm -rf "$tmp"
  chmod +x "$bin"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 BICEP_TELEMETRY_DISABLED=true
exec "$bin" "$@"
