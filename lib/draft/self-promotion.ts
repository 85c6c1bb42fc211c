import type { Purpose } from '../model/touch';

/** Purposes whose messages must say nothing about us or what we sell (DOMAIN.md: relationship-building). */
export const RELATIONSHIP_PURPOSES: readonly Purpose[] = ['thank-you', 'article', 'introduction'];

export interface SelfPromotion {
  /** The words as they appear in the draft. */
  found: string;
  why: string;
}

const PATTERNS: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /\bour (?:new )?(?:products?|services?|solutions?|platform|software|tool|app|offering|offer|company|firm|team can)\b/gi,
    why: 'talks about us',
  },
  {
    pattern:
      /\bwe (?:offer|provide|sell|specialise|specialize|can help you|help companies|help businesses)\b/gi,
    why: 'talks about what we sell',
  },
  {
    pattern:
      /\b(?:pricing|price list|our prices?|discount|special offer|\d+\s?% off|free trial|per seat|per month|licen[cs]e fee)\b/gi,
    why: 'mentions price or an offer',
  },
  {
    pattern:
      /\b(?:book|schedule|set up|arrange) (?:a |an )?(?:quick |short |free )?(?:demo|demonstration|sales call|call with (?:me|us))\b/gi,
    why: 'asks for a demo or a sales call',
  },
  {
    pattern: /\b(?:sign up|buy now|order now|get a quote|request a quote)\b/gi,
    why: 'asks them to buy',
  },
];

/** Company names too generic to flag: mail providers people use personally. */
const PERSONAL_DOMAINS = new Set([
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'live',
  'yahoo',
  'icloud',
  'me',
  'proton',
  'protonmail',
  'aol',
  'gmx',
  'example',
]);

/** The user's company names, read from their own addresses: "acme" from jane@acme.com. */
export function companyNamesFrom(ownEmails: readonly string[]): string[] {
  const names = ownEmails
    .map((email) => email.split('@')[1]?.split('.')[0]?.toLowerCase() ?? '')
    .filter((name) => name.length > 2 && !PERSONAL_DOMAINS.has(name));
  return [...new Set(names)];
}

/**
 * Finds self-promotion in a relationship-building message: talk of our
 * products, prices, demos, or our company by name. Only flags; the user
 * decides. A value-proposition message is allowed all of these.
 */
export function findSelfPromotion(
  text: string,
  companyNames: readonly string[] = [],
): SelfPromotion[] {
  const hits: SelfPromotion[] = [];
  const seen = new Set<string>();
  const add = (found: string, why: string) => {
    const key = found.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ found, why });
  };

  for (const { pattern, why } of PATTERNS)
    for (const match of text.matchAll(pattern)) add(match[0], why);
  for (const name of companyNames) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(new RegExp(`\\b${escaped}\\b`, 'gi')))
      add(match[0], 'names our company');
  }
  return hits;
}
