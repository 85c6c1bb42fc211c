/**
 * Goals are kept as the user typed them: a verb phrase ("become a better
 * manager") or a noun phrase ("management training"). Sentences about a
 * goal need to know which, or they read "your goal to management training".
 */
const VERBS = new Set(
  (
    'adopt attract automate be become boost bring build buy close coach convert create cut ' +
    'delegate develop digitise digitize do double earn enter expand find finish fix get go ' +
    'grow have hire hit improve increase keep land launch lead learn lower make manage ' +
    'mentor migrate modernise modernize move onboard open pass prepare publish raise reach ' +
    'read rebuild reduce replace restructure retain retire run sail save scale sell ship ' +
    'shorten simplify speak spend start stay streamline switch take train travel understand ' +
    'win write'
  ).split(' '),
);

/** Whether the goal reads as something to do ("become a better manager") rather than a thing ("management training"). */
export function isVerbPhrase(goal: string): boolean {
  const first =
    goal
      .trim()
      .toLowerCase()
      .replace(/^to\s+/, '')
      .split(/\s+/)[0] ?? '';
  return VERBS.has(first);
}

/** "to become a better manager" / "on management training": what follows "your focus" or "your plan". */
export function goalAfterPlan(goal: string): string {
  const clean = goal.trim().replace(/^to\s+/i, '');
  return isVerbPhrase(clean) ? `to ${clean}` : `for ${clean}`;
}

/** "you want to become a better manager" / "management training matters to you". */
export function goalAsWish(goal: string): string {
  const clean = goal.trim().replace(/^to\s+/i, '');
  return isVerbPhrase(clean) ? `you want to ${clean}` : `${clean} matters to you`;
}
