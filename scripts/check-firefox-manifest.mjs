// Checks the Firefox build is one Firefox accepts: MV3, a gecko id, the
// sidebar as sidebar_action, no Chrome-only permission, every file present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = '.output/firefox-mv3';
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const problems = [];

if (manifest.manifest_version !== 3) problems.push('manifest_version is not 3');
if (!manifest.browser_specific_settings?.gecko?.id)
  problems.push('browser_specific_settings.gecko.id is missing');
if (
  manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required?.[0] !== 'none'
)
  problems.push('gecko.data_collection_permissions must declare that Rapport collects nothing');
if (!manifest.sidebar_action?.default_panel)
  problems.push('sidebar_action.default_panel is missing');
if (manifest.side_panel) problems.push('side_panel is Chrome-only');
if (manifest.permissions?.includes('sidePanel'))
  problems.push('the sidePanel permission is Chrome-only');
if (!manifest.background?.scripts?.length) problems.push('Firefox MV3 needs background.scripts');

const files = [
  manifest.sidebar_action?.default_panel,
  manifest.options_ui?.page,
  ...(manifest.background?.scripts ?? []),
  ...Object.values(manifest.icons ?? {}),
  ...(manifest.content_scripts ?? []).flatMap((script) => [
    ...(script.js ?? []),
    ...(script.css ?? []),
  ]),
].filter(Boolean);
for (const file of files)
  if (!existsSync(join(DIR, file))) problems.push(`${file} is named in the manifest but missing`);

if (problems.length > 0) {
  console.error(`The Firefox manifest has problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Firefox manifest OK (${files.length} files present).`);
