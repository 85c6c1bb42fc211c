import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

// The README's first command ends in `npm run demo`: it must work on a fresh profile, headless.
describe('npm run demo', () => {
  const shots = mkdtempSync(join(tmpdir(), 'rapport-demo-shots-'));

  afterEach(() => rmSync(shots, { recursive: true, force: true }));

  it('loads the sample data, counts it on the badge and saves a screenshot of every view', async () => {
    const { stdout } = await run('node', ['scripts/demo.mjs'], {
      cwd: ROOT,
      env: { ...process.env, HEADLESS: '1', DEMO_SCREENSHOTS: shots },
      timeout: 120_000,
    });

    const badge = /Badge on the toolbar icon: "(\d+)"/.exec(stdout)?.[1];
    expect(Number(badge)).toBeGreaterThan(0);

    const saved = stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.endsWith('.png'));
    expect(saved.map((path) => path.slice(shots.length + 1))).toEqual([
      '1-today.png',
      '2-contacts.png',
      '3-contact-card.png',
      '4-today-dark.png',
      '5-gmail-page.png',
      '5-gmail-sidebar.png',
      '6-linkedin-page.png',
      '6-linkedin-sidebar.png',
    ]);
    for (const path of saved) {
      expect(existsSync(path)).toBe(true);
      // An empty or blank page compresses to a few hundred bytes; a rendered view does not.
      expect(statSync(path).size).toBeGreaterThan(5_000);
    }
  }, 150_000);
});
