/**
 * A deliberately small stemmer for tags and profile text: enough that
 * "trade shows" meets "trade show", "hiring" meets "hire" and "converting
 * leads" meets "lead conversion". Not a linguistic stemmer; the tests in
 * tests/unit/tag-search.test.ts pin what it must join and keep apart.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from i in into is it its me my of on or our so than that the their them they this to too up us was we with you your more most very'.split(
    ' ',
  ),
);

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function stem(word: string): string {
  const w = stemWhole(word);
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** The stem without the cut to five letters: "salesforce" stays apart from "salespeople". */
export function stemWhole(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'e']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The stems of the words that carry meaning, in order (`whole`: not cut to five letters). */
export function contentStems(text: string, whole = false): string[] {
  return words(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map(whole ? stemWhole : stem);
}

/** A phrase's stems joined, for comparing tags regardless of plurals and endings. */
export function stemKey(text: string): string {
  return contentStems(text).join(' ');
}
