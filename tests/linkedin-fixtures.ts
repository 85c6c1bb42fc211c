import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LINKEDIN_FIXTURES = resolve(import.meta.dirname, 'fixtures/linkedin');

/** A fixture page as a Document, parsed without running its scripts. */
export function linkedInFixture(name: string): Document {
  const html = readFileSync(resolve(LINKEDIN_FIXTURES, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
