import type { StyleName } from '../model/style';

/** Below this many words a guess is not worth showing (DOMAIN.md: short emails are weak evidence). */
export const MIN_WORDS = 40;
/** From this many words on, length no longer limits the confidence. */
const FULL_CONFIDENCE_WORDS = 250;

export type WritingSuggestion =
  | {
      kind: 'suggestion';
      style: StyleName;
      /** 0..1: how far the winner leads, times how much text there was. */
      confidence: number;
      /** What was seen, in plain words: "9 exclamation marks", "short sentences (6 words on average)". */
      signals: string[];
      words: number;
      /** Said when the text was short, so the user weighs the guess. */
      caution: string | null;
    }
  | { kind: 'not-enough'; reason: string; words: number };

const VIVID =
  /\b(amazing|awesome|fantastic|incredible|love[ds]?|loving|excited|exciting|thrilled|wonderful|brilliant|super|wow|huge|epic|blast|crazy|stoked|delighted|fabulous|gorgeous|insane)\b/gi;
const PLEASANTRIES =
  /\b(hope (you|your|this|all|things)[^.!?]{0,30}(well|good|great|going)|how are you|how have you been|hope you had|have a (great|lovely|nice|good) (day|week|weekend)|take care|warm(est)? (regards|wishes)|all the best|good to hear from you|lovely to|so nice to)/gi;
const THANKS = /\b(thank you|thanks|thank-you|grateful|appreciate[ds]?|appreciation)\b/gi;
const NUMBERS =
  /(\b\d[\d.,]*%?|\b(according to|source[sd]?|study|studies|data|report(ed)?|figure[sd]?|percent|reference[sd]?|section|appendix|e\.g\.|i\.e\.|cf\.|see attached|per the)\b|https?:\/\/\S+)/gi;
const ABBREVIATIONS =
  /(\b(asap|fyi|pls|plz|thx|tx|eod|eow|btw|np|imo|lmk|fwiw|w\/|w\/o|re:|b\/c|approx|info|mtg|tmrw|tbd|ok|k)\b|\bw\/)/gi;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Suggests a behavioural style from a person's own writing (emails they
 * sent, their LinkedIn about text): Directors write short, abbreviated
 * notes; Socializers use exclamation marks and vivid words; Relaters open
 * with pleasantries and thank; Thinkers write long, careful messages with
 * questions, figures and references (DOMAIN.md). A suggestion only: the
 * user decides. Pure; each text is one message.
 */
export function styleFromWriting(texts: readonly string[]): WritingSuggestion {
  const pieces = texts.map((text) => text.trim()).filter(Boolean);
  const all = pieces.join('\n\n');
  const words = all.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;
  if (words < MIN_WORDS) {
    return {
      kind: 'not-enough',
      words,
      reason:
        words === 0
          ? 'Rapport has seen nothing they wrote yet. Open one of their emails in Gmail or their LinkedIn profile.'
          : `Not enough to tell: only ${plural(words, 'word')} of their own writing. A guess needs at least ${MIN_WORDS}.`,
    };
  }

  // Gather: the signals, per 100 words so long and short texts compare.
  const sentences = Math.max(
    1,
    all.split(/[.!?]+(\s|$)|\n{2,}/).filter((s) => s && s.trim().length > 1).length,
  );
  const perSentence = words / sentences;
  const perMessage = words / pieces.length;
  const per100 = (n: number) => (n * 100) / words;
  const seen = {
    exclamations: count(all, /!/g),
    vivid: count(all, VIVID),
    pleasantries: count(all, PLEASANTRIES),
    thanks: count(all, THANKS),
    questions: count(all, /\?/g),
    numbers: count(all, NUMBERS),
    abbreviations: count(all, ABBREVIATIONS),
  };

  // Decide: one score per style from its signals.
  const short = perSentence < 9;
  const long = perSentence > 20;
  const terse = perMessage < 60;
  const lengthy = perMessage > 150;
  const scores: Record<StyleName, number> = {
    director:
      per100(seen.abbreviations) * 2 +
      (short ? 1 : 0) +
      (terse ? 1 : 0) -
      per100(seen.pleasantries + seen.exclamations) * 0.5,
    socializer: per100(seen.exclamations) * 1 + per100(seen.vivid) * 1.5,
    relater: per100(seen.pleasantries) * 2 + per100(seen.thanks) * 1.5,
    thinker:
      per100(seen.questions) * 1 + per100(seen.numbers) * 0.7 + (long ? 1 : 0) + (lengthy ? 1 : 0),
  };
  const ranked = (Object.entries(scores) as [StyleName, number][]).sort((a, b) => b[1] - a[1]);
  const [[style, top], [, second]] = ranked as [[StyleName, number], [StyleName, number]];
  if (top < 1.5) {
    return {
      kind: 'not-enough',
      words,
      reason: 'Not enough to tell: their writing shows no clear signals of any style.',
    };
  }

  const lead = (top - second) / top;
  const amount = Math.min(1, words / FULL_CONFIDENCE_WORDS);
  const confidence = Math.round(Math.min(0.9, Math.max(0.1, lead * amount)) * 100) / 100;
  if (lead < 0.15) {
    return {
      kind: 'not-enough',
      words,
      reason: 'Not enough to tell: their writing mixes signals of two styles about equally.',
    };
  }

  const signals: Record<StyleName, string[]> = {
    director: [
      seen.abbreviations ? plural(seen.abbreviations, 'abbreviation') : '',
      short ? `short sentences (${Math.round(perSentence)} words on average)` : '',
      terse ? `short messages (${Math.round(perMessage)} words on average)` : '',
    ],
    socializer: [
      seen.exclamations ? plural(seen.exclamations, 'exclamation mark') : '',
      seen.vivid ? plural(seen.vivid, 'vivid word') : '',
    ],
    relater: [
      seen.pleasantries ? plural(seen.pleasantries, 'pleasantry', 'pleasantries') : '',
      seen.thanks ? plural(seen.thanks, 'thank-you') : '',
    ],
    thinker: [
      seen.questions ? plural(seen.questions, 'question') : '',
      seen.numbers ? plural(seen.numbers, 'figure or reference', 'figures and references') : '',
      long ? `long sentences (${Math.round(perSentence)} words on average)` : '',
      lengthy ? `long messages (${Math.round(perMessage)} words on average)` : '',
    ],
  };

  return {
    kind: 'suggestion',
    style,
    confidence,
    signals: signals[style].filter(Boolean),
    words,
    caution:
      words < 120 ? `Only ${words} words to go on: weak evidence, so treat this as a hint.` : null,
  };
}
