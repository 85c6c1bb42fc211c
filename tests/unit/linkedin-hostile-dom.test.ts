import { describe, expect, it } from 'vitest';
import { readLinkedInProfile } from '@/lib/page/read-linkedin-profile';
import { linkedInProfileSchema } from '@/lib/model/linkedin-profile';
import { linkedInFixture } from '../linkedin-fixtures';

/** mulberry32: a small seeded generator, so a failing page can be rebuilt from its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = [
  'div',
  'span',
  'section',
  'main',
  'h1',
  'h2',
  'button',
  'code',
  'script',
  'ul',
  'li',
  'a',
  'template',
  'p',
];
const ATTRIBUTES: [string, string[]][] = [
  [
    'class',
    [
      'text-body-medium break-words',
      'top-card-layout',
      'top-card-layout__title',
      'visually-hidden',
      'experience-item',
      't-bold',
      'pv-top-card',
    ],
  ],
  ['data-view-name', ['profile-card', 'profile-component-entity']],
  ['aria-hidden', ['true', 'false']],
  ['id', ['about', 'experience', 'bpr-guid-1', 'main']],
  ['aria-label', ['Current company: ', 'Current company: X. Click', '']],
  ['type', ['application/ld+json']],
  ['data-section', ['summary', 'currentPositionsDetails']],
];
const TEXTS = [
  '',
  'Maria Okafor',
  '{"included":[{"publicIdentifier":"maria-okafor","firstName":{"x":1}}]}',
  '{"@graph":[{"@type":"Person","url":"https://www.linkedin.com/in/maria-okafor","worksFor":[null,7],"jobTitle":[{}]}]}',
  '{"@graph":[{"@type":"Person","url":42}]}',
  '[1,2',
  'null',
  '\u0000\uFFFF\uD800',
  'x'.repeat(30_000),
  'Present 2021',
  '<script>alert(1)</script>',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function randomTree(doc: Document, random: () => number, parent: Element, depth: number): void {
  const children = Math.floor(random() * 5);
  for (let i = 0; i < children; i += 1) {
    const el = doc.createElement(pick(random, TAGS));
    for (const [name, values] of ATTRIBUTES)
      if (random() < 0.3) el.setAttribute(name, pick(random, values));
    if (random() < 0.5) el.append(pick(random, TEXTS));
    parent.append(el);
    if (depth < 6) randomTree(doc, random, el, depth + 1);
  }
}

/** Removes, duplicates, moves and rewrites parts of a page, as a half-rolled-out redesign might. */
function mangle(doc: Document, random: () => number, times: number): void {
  for (let i = 0; i < times; i += 1) {
    const all = [...doc.body.querySelectorAll('*')];
    if (all.length === 0) return;
    const target = pick(random, all);
    const other = pick(random, all);

    switch (Math.floor(random() * 6)) {
      case 0:
        target.remove();
        break;
      case 1:
        target.after(target.cloneNode(true));
        break;
      case 2:
        if (!target.contains(other) && !other.contains(target)) other.append(target);
        break;
      case 3:
        target.textContent = pick(random, TEXTS);
        break;
      case 4: {
        const [name, values] = pick(random, ATTRIBUTES);
        target.setAttribute(name, pick(random, values));
        break;
      }
      default:
        target.replaceChildren();
    }
  }
}

describe('the LinkedIn reader on hostile and random pages', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))(
    'never throws and returns null or a valid profile (seed %i)',
    (seed) => {
      const random = seeded(seed);
      const doc = document.implementation.createHTMLDocument('random');
      randomTree(doc, random, doc.body, 0);

      const url = pick(random, [
        'https://www.linkedin.com/in/maria-okafor/',
        'https://www.linkedin.com/in/%E0%A4%A/',
        'not a url',
        'https://www.linkedin.com/in//',
      ]);
      const profile = readLinkedInProfile(doc, url);

      expect(profile === null || linkedInProfileSchema.safeParse(profile).success).toBe(true);
    },
  );

  it('survives real profile pages mangled at random, and still reads many of them', () => {
    const fixtures = [
      'member-full.html',
      'member-long-title.html',
      'public-profile.html',
      'member-after-navigation.html',
    ];
    let readable = 0;

    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seeded(seed * 7919);
      const doc = linkedInFixture(pick(random, fixtures));
      mangle(doc, random, 1 + Math.floor(random() * 8));

      const profile = readLinkedInProfile(doc, 'https://www.linkedin.com/in/maria-okafor/');
      expect(
        profile === null || linkedInProfileSchema.safeParse(profile).success,
        `seed ${seed}`,
      ).toBe(true);
      if (profile) readable += 1;
    }

    expect(readable).toBeGreaterThan(5);
  });

  it('returns null on an empty document', () => {
    expect(
      readLinkedInProfile(
        document.implementation.createHTMLDocument(''),
        'https://www.linkedin.com/in/x/',
      ),
    ).toBeNull();
  });
});
