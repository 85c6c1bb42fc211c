// `npm test`: type-check, lint, format check, build, then every vitest project (unit,
// component, end-to-end in Chromium). Ends with one plain line,
// "N passed, N failed", counting each check and each test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findFirefox } from './find-firefox.mjs';

const REPORT = '.test-results/vitest.json';
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${name} failed (exit ${result.status ?? result.signal}).`);
  }
  return result.status === 0;
}

mkdirSync('.test-results', { recursive: true });
rmSync(REPORT, { force: true });

step('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', [
  'oxlint',
  '--deny-warnings',
  'entrypoints',
  'components',
  'lib',
  'tests',
  'scripts',
]);
step('format', 'npx', ['prettier', '--check', '.']);
step('firefox build', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
step('firefox manifest', 'node', ['scripts/check-firefox-manifest.mjs']);
// Loading the package into a real Firefox needs one; CI installs Debian's firefox-esr and
// sets RAPPORT_REQUIRE_FIREFOX, so there a missing Firefox fails instead of being skipped.
if (findFirefox() || process.env.RAPPORT_REQUIRE_FIREFOX)
  step('firefox load', 'node', ['scripts/check-firefox-load.mjs']);
else
  console.log(
    '\n▷ firefox load: skipped, no Firefox here (apt-get install -y firefox-esr, or set FIREFOX_PATH).',
  );
const built = step('build', 'npx', ['wxt', 'build']);
if (!built) console.log('The end-to-end tests need the build; they will fail until it passes.');

step('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${REPORT}`,
]);
// The vitest step's own pass/fail is replaced by its per-test counts below.
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  const lastStepFailed = report.numFailedTests > 0 || report.success === false;
  if (lastStepFailed) failed -= 1;
  else passed -= 1;

  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no tests; count it as a failure rather than hide it.
  const brokenSuites = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  failed += brokenSuites.length;
  if (report.numFailedTests === 0 && brokenSuites.length === 0 && report.success === false)
    failed += 1;
  if (report.numTotalTests === 0) {
    console.log('vitest ran no tests: that counts as a failure.');
    failed += 1;
  }
} else {
  console.log('vitest wrote no report; counting it as one failure.');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
