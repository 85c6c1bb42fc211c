import { normaliseTag } from '../model/tag';
import { vocabularyPhrases } from '../match/article-index';

const PHRASES = vocabularyPhrases();

/**
 * Topics from the vocabulary that a page or feed item talks about, most
 * mentioned first: "How to follow up after a trade show" proposes trade
 * shows and follow-up. A proposal only; the user keeps or changes them.
 */
export function proposeTopics(text: string, limit = 4): string[] {
  const padded = ` ${normaliseTag(text).replace(/[^a-z0-9&+-]+/g, ' ')} `;
  const counts = new Map<string, number>();

  for (const [phrase, topic] of PHRASES) {
    if (phrase.length < 3) continue;
    let from = 0;
    let hits = 0;
    for (;;) {
      const at = padded.indexOf(` ${phrase} `, from);
      if (at < 0) break;
      hits += 1;
      from = at + phrase.length;
    }
    // Longer phrases say more: "trade show follow-up" over "follow-up".
    if (hits > 0) counts.set(topic, (counts.get(topic) ?? 0) + hits * phrase.split(' ').length);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([topic]) => topic);
}
