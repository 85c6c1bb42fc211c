import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, VERSIONS } from '@/lib/db/versions';
import { loadSampleData } from '@/lib/db/sample-data';
import { expectUpgradeKeepsRecords } from '../migration-harness';

describe('database versions', () => {
  it('keeps every record of a version-1 database when it is opened by this version', async () => {
    const db = await expectUpgradeKeepsRecords(1, (old) => loadSampleData(old));

    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.contacts.count()).toBe(5);
    await db.delete();
  });

  it('are numbered upwards, and every version after the first has its own migration test', () => {
    const numbers = VERSIONS.map((v) => v.version);

    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    for (const version of numbers.filter((n) => n > 1)) {
      const testFile = resolve(import.meta.dirname, `migration-v${version}.test.ts`);
      expect(
        existsSync(testFile),
        `version ${version} needs tests/unit/migration-v${version}.test.ts`,
      ).toBe(true);
    }
  });
});
