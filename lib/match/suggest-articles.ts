import type { Article } from '../model/article';
import type { Contact } from '../model/contact';
import type { TagKind } from '../model/tag';
import { termsOfTag, type ArticleIndex } from './article-index';

/** Goals matter most, then challenges, then interests (issue 5); preferences only nudge. */
export const TAG_KIND_WEIGHTS: Record<TagKind, number> = {
  goals: 3,
  challenges: 2,
  interests: 1,
  preferences: 0.5,
};

const REASON_LABELS: Record<TagKind, string> = {
  goals: 'goal',
  challenges: 'challenge',
  interests: 'interest',
  preferences: 'preference',
};

/** A match on a topic counts fully; a match on a word of the title or text counts for less. */
const WORD_WEIGHT = 0.3;
/** Each earlier pick with the same reason scales a candidate down by this, so five picks are not one topic. */
const SAME_REASON_DAMPING = 0.45;
const STYLE_FIT_BONUS = 1.1;
const MIN_RARITY = Math.log(1 + 5) / Math.log(1 + 1_000_000);

export interface Suggestion {
  article: Article;
  score: number;
  /** "matches goal: management training" */
  reason: string;
}

export interface SuggestOptions {
  limit?: number;
  /** How many helpful (relationship-building) messages the contact has had. */
  helpfulTouches?: number;
  /** Value-proposition pieces are held back until this many helpful touches (DOMAIN.md: they land better after). */
  valuePropositionAfter?: number;
}

interface Reason {
  kind: TagKind;
  label: string;
}

/**
 * The articles most likely to help this contact, best first, each with the
 * tag it matched. Skips what was already sent, varies the topics, and
 * keeps value-proposition pieces back until the person has had some
 * helpful messages; even then, relationship-building comes first.
 */
export function suggestArticles(
  index: ArticleIndex,
  contact: Pick<Contact, 'goals' | 'challenges' | 'interests' | 'preferences' | 'stage' | 'style'>,
  sentIds: ReadonlySet<string>,
  options: SuggestOptions = {},
): Suggestion[] {
  const limit = options.limit ?? 5;
  const threshold = options.valuePropositionAfter ?? (contact.stage === 'prospect' ? 3 : 1);
  const valuePropositionAllowed = (options.helpfulTouches ?? 0) >= threshold;
  const { score, best, reason } = index.scratch;
  const reasons: Reason[] = [];
  const touched: number[] = [];

  const credit = (doc: number, amount: number, reasonIndex: number) => {
    if (amount <= 0) return;
    if (score[doc] === 0) touched.push(doc);
    score[doc] = (score[doc] ?? 0) + amount;
    if (amount > (best[doc] ?? 0)) {
      best[doc] = amount;
      reason[doc] = reasonIndex;
    }
  };

  // Gather: every tag's topics and words add to the documents they reach.
  for (const kind of ['goals', 'challenges', 'interests', 'preferences'] as const) {
    const kindWeight = TAG_KIND_WEIGHTS[kind];
    for (const tag of contact[kind]) {
      const terms = termsOfTag(index, tag);
      const mainTopic = terms.topics.find((term) => term.weight >= 0.9)?.topic;
      reasons.push({ kind, label: mainTopic ?? tag });
      const reasonIndex = reasons.length - 1;

      for (const { topic, weight } of terms.topics) {
        const posting = index.topicPostings.get(topic);
        if (!posting) continue;
        for (let i = 0; i < posting.docs.length; i += 1) {
          credit(
            posting.docs[i] ?? 0,
            kindWeight * weight * (posting.weights[i] ?? 0),
            reasonIndex,
          );
        }
      }

      const wordShare = WORD_WEIGHT / Math.sqrt(Math.max(1, terms.words.length));
      for (const { word, weight } of terms.words) {
        const posting = index.wordPostings.get(word);
        if (!posting) continue;
        const rarity = Math.log(1 + index.articles.length / posting.docs.length) / index.logSize;
        // A word in a fifth of the library says little and costs a long walk.
        if (rarity < MIN_RARITY) continue;
        for (let i = 0; i < posting.docs.length; i += 1) {
          credit(
            posting.docs[i] ?? 0,
            kindWeight * wordShare * weight * rarity * (posting.weights[i] ?? 0),
            reasonIndex,
          );
        }
      }
    }
  }

  // Decide: drop what was sent or is not yet welcome, and keep the best few for picking.
  const poolSize = limit * 8;
  const pool: { doc: number; score: number; reason: number }[] = [];
  for (const doc of touched) {
    const article = index.articles[doc];
    const value = score[doc] ?? 0;
    const why = reason[doc] ?? 0;
    score[doc] = 0;
    best[doc] = 0;
    if (!article || sentIds.has(article.id)) continue;
    if (article.kind === 'value-proposition' && !valuePropositionAllowed) continue;

    const fits = contact.style !== null && article.styleFit.includes(contact.style.name);
    const candidate = { doc, score: fits ? value * STYLE_FIT_BONUS : value, reason: why };
    insertRanked(pool, candidate, poolSize);
  }

  // Act: pick greedily, damping repeats of a reason, relationship-building first.
  const picked: Suggestion[] = [];
  const reasonUses = new Map<number, number>();
  const maxValueProposition = Math.floor(limit / 2);
  let valuePropositions = 0;
  while (picked.length < limit && pool.length > 0) {
    let choice = -1;
    let choiceScore = -Infinity;
    pool.forEach((candidate, position) => {
      const article = index.articles[candidate.doc];
      const isValueProposition = article?.kind === 'value-proposition';
      if (isValueProposition && (picked.length === 0 || valuePropositions >= maxValueProposition)) {
        if (pool.some((other) => index.articles[other.doc]?.kind !== 'value-proposition')) return;
      }
      const adjusted =
        candidate.score * SAME_REASON_DAMPING ** (reasonUses.get(candidate.reason) ?? 0);
      if (adjusted > choiceScore) {
        choiceScore = adjusted;
        choice = position;
      }
    });
    if (choice < 0) break;

    const [chosen] = pool.splice(choice, 1);
    const article = chosen ? index.articles[chosen.doc] : undefined;
    if (!chosen || !article) break;

    const why = reasons[chosen.reason];
    reasonUses.set(chosen.reason, (reasonUses.get(chosen.reason) ?? 0) + 1);
    if (article.kind === 'value-proposition') valuePropositions += 1;
    picked.push({
      article,
      score: chosen.score,
      reason: why ? `matches ${REASON_LABELS[why.kind]}: ${why.label}` : 'matches their tags',
    });
  }
  return picked;
}

function worse(a: { doc: number; score: number }, b: { doc: number; score: number }): boolean {
  return a.score < b.score || (a.score === b.score && a.doc > b.doc);
}

/** Keeps `pool` sorted best first and at most `size` long; a full sort of every match costs more than it needs to. */
function insertRanked(
  pool: { doc: number; score: number }[],
  candidate: { doc: number; score: number; reason: number },
  size: number,
): void {
  const last = pool[pool.length - 1];
  if (pool.length >= size && last && !worse(last, candidate)) return;

  let low = 0;
  let high = pool.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const at = pool[middle];
    if (at && worse(candidate, at)) low = middle + 1;
    else high = middle;
  }
  pool.splice(low, 0, candidate);
  if (pool.length > size) pool.pop();
}
