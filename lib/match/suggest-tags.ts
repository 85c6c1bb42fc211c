import type { TagKind } from '../model/tag';
import { contentStems, stemKey } from './stem';
import type { VocabularyTerm } from './tag-search';

export type SuggestedKind = Extract<TagKind, 'goals' | 'challenges' | 'interests'>;
export const SUGGESTED_KINDS: readonly SuggestedKind[] = ['goals', 'challenges', 'interests'];

export type TagSuggestions = Record<SuggestedKind, string[]>;

const PER_KIND = 5;
/** How far apart (in meaningful words) a topic's words may stand: "convert more trade-show leads". */
const WINDOW = 4;

// Cues in the same clause that say what a topic is to this person (English; other languages get goals).
const CHALLENGE_CUES =
  /\b(new to|struggl\w*|challeng\w*|difficult|hard to|problem\w*|no formal|lack\w*|pressure|too many|too few|behind on)\b/i;
const INTEREST_CUES =
  /\b(enjoy\w*|love\w*|passionate|hobb\w*|free time|weekends?|outside (of )?work|fan of|avid|keen)\b/i;
const GOAL_CUES =
  /\b(want\w*|trying to|goal\w*|aim\w*|looking to|plan\w* to|focus\w* on|building|grow\w*|improv\w*|help\w*)\b/i;

/**
 * Tags the headline and about text point to, per kind, for the user to
 * accept one by one (never applied by themselves). A topic is suggested
 * when all its meaningful words (or an alias's) stand close together in
 * one clause; the clause's wording says goal, challenge or interest.
 */
export function suggestTags(
  text: string,
  terms: readonly VocabularyTerm[],
  existing: readonly string[] = [],
): TagSuggestions {
  const have = new Set(existing.map((tag) => stemKey(tag)));
  const found = new Map<string, { kind: SuggestedKind; weight: number }>();

  for (const clause of clauses(text)) {
    const stems = contentStems(clause);
    const wholeStems = contentStems(clause, true);
    if (stems.length === 0) continue;

    for (const term of terms) {
      if (term.group === 'preferences' || have.has(stemKey(term.tag))) continue;

      // A one-word topic has no other word to confirm it, so it must match whole ("salesforce" is not "salespeople").
      const weight = Math.max(
        0,
        ...[term.tag, ...term.aliases].map((phrase) => {
          const short = contentStems(phrase);
          return short.length === 1
            ? matchWeight(wholeStems, contentStems(phrase, true))
            : matchWeight(stems, short);
        }),
      );
      if (weight === 0) continue;

      const known = found.get(term.tag);
      if (!known || known.weight < weight)
        found.set(term.tag, { kind: kindOf(term, clause), weight });
    }
  }

  const result: TagSuggestions = { goals: [], challenges: [], interests: [] };
  const ordered = [...found.entries()].sort(
    ([a, x], [b, y]) => y.weight - x.weight || a.localeCompare(b),
  );
  for (const [tag, { kind }] of ordered) {
    if (result[kind].length < PER_KIND) result[kind].push(tag);
  }
  return result;
}

/** Sentences and the parts of a headline ("Head of Sales | Speaker · Runner"). */
function clauses(text: string): string[] {
  return text
    .split(/[.!?;\n|·•]+|,\s+(?:so|but|and)\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The number of words matched when all of a phrase's words stand within the window, else 0. */
function matchWeight(text: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return 0;

  const positions = phrase.map((word) => text.flatMap((stem, i) => (stem === word ? [i] : [])));
  if (positions.some((list) => list.length === 0)) return 0;

  for (const start of positions[0] ?? []) {
    const near = positions.every((list) => list.some((i) => Math.abs(i - start) <= WINDOW));
    if (near) return phrase.length;
  }
  return 0;
}

function kindOf(term: VocabularyTerm, clause: string): SuggestedKind {
  if (term.group === 'interests' || term.kinds.includes('interests') || INTEREST_CUES.test(clause))
    return 'interests';
  if (CHALLENGE_CUES.test(clause)) return 'challenges';
  if (GOAL_CUES.test(clause)) return 'goals';
  return term.kinds.includes('challenges') ? 'challenges' : 'goals';
}
