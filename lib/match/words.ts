/** Words too common to say anything about what an article is for. */
const STOPWORDS = new Set(
  (
    'a an and are as at be but by can do does for from get got has have how i if in into is it its ' +
    'more most my no not of on or our so than that the their them then there these they this to ' +
    'too up us was we what when where which who why will with you your yours about after before ' +
    'less many much new own same some such very want wants need needs better best way ways'
  ).split(' '),
);

/**
 * A light English stemmer: enough that "leads" meets "lead" and "hiring"
 * meets "hire", without a dictionary. Stems are index keys, never shown.
 */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;

  const result = stemOnce(word);
  // A library's words repeat; the cache is bounded so a huge import cannot grow it without end.
  if (stems.size > 50_000) stems.clear();
  stems.set(word, result);
  return result;
}

const stems = new Map<string, string>();

function stemOnce(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);

  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w))
    w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stems of the meaningful words in a text, in order (repeats kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}
