// Validates a unified (JSON) manifest offline against the Microsoft 365 app manifest schema that
// ships in the npm package @microsoft/app-manifest (installed with the task pane's dev
// dependencies: cd src/OutlookNetworking.TaskPane && npm ci). Also checks the icon files exist
// beside the manifest. Exit code 0 when valid; errors go to stderr.
//   node manifest/unified/validate.mjs manifest/unified/manifest.json
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const taskPane = path.resolve(here, '../../src/OutlookNetworking.TaskPane');
const file = path.resolve(process.argv[2] ?? path.join(here, 'manifest.json'));

let appManifest;
try {
  appManifest = createRequire(path.join(taskPane, 'package.json'))('@microsoft/app-manifest');
} catch {
  console.error(`validate.mjs: @microsoft/app-manifest is missing: run npm ci in ${taskPane}`);
  process.exit(2);
}

const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
const version = /\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema ?? '')?.[1];
const schemaFile = version && path.join(path.dirname(createRequire(path.join(taskPane, 'package.json')).resolve('@microsoft/app-manifest')), 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
if (!schemaFile || !fs.existsSync(schemaFile)) {
  console.error(`validate.mjs: no offline schema for $schema ${manifest.$schema}`);
  process.exit(1);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const errors = await appManifest.ManifestUtil.validateManifestAgainstSchema(manifest, schema);
for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
  if (icon && !fs.existsSync(path.join(path.dirname(file), icon))) errors.push(`icon ${icon} not found beside the manifest`);
}
if (errors.length > 0) {
  for (const e of errors) console.error(`${path.basename(file)}: ${e}`);
  console.error(`${file} fails to validate`);
  process.exit(1);
}
console.error(`${file} validates (schema ${version})`);
