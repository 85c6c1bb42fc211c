import type { StyleName } from '../model/style';

export type Pace = 'direct' | 'indirect';
export type Priority = 'open' | 'guarded';
export type Observation = 'yes' | 'no' | 'unsure';

export interface AssessmentQuestion {
  id: string;
  axis: 'pace' | 'priority';
  text: string;
  /** What a "yes" points to. */
  yes: Pace | Priority;
}

/** Plain questions about how the person behaved, two or three per axis (DOMAIN.md). */
export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = [
  { id: 'fast', axis: 'pace', text: 'Did they speak and decide quickly?', yes: 'direct' },
  { id: 'asked', axis: 'pace', text: 'Did they ask more than they told?', yes: 'indirect' },
  { id: 'led', axis: 'pace', text: 'Did they take the lead in the conversation?', yes: 'direct' },
  {
    id: 'shared',
    axis: 'priority',
    text: 'Did they share personal stories or feelings?',
    yes: 'open',
  },
  {
    id: 'agenda',
    axis: 'priority',
    text: 'Did they keep strictly to the agenda and the time?',
    yes: 'guarded',
  },
  {
    id: 'facts',
    axis: 'priority',
    text: 'Did they want facts and figures before opinions?',
    yes: 'guarded',
  },
];

const OPPOSITE: Record<Pace | Priority, Pace | Priority> = {
  direct: 'indirect',
  indirect: 'direct',
  open: 'guarded',
  guarded: 'open',
};

export interface Assessment {
  pace: Pace | null;
  priority: Priority | null;
  /** Null until both axes lean one way. */
  style: StyleName | null;
}

/** The style on the two axes: direct+guarded Director, direct+open Socializer, indirect+open Relater, indirect+guarded Thinker. */
export function styleOf(pace: Pace, priority: Priority): StyleName {
  if (pace === 'direct') return priority === 'guarded' ? 'director' : 'socializer';
  return priority === 'open' ? 'relater' : 'thinker';
}

/** Reads the answers: each axis goes the way most of its answers point; a tie (or no answers) leaves it open. */
export function assessStyle(answers: Readonly<Record<string, Observation>>): Assessment {
  const lean = (axis: 'pace' | 'priority') => {
    const votes = new Map<Pace | Priority, number>();
    for (const question of ASSESSMENT_QUESTIONS.filter((q) => q.axis === axis)) {
      const answer = answers[question.id];
      if (answer === undefined || answer === 'unsure') continue;
      const side = answer === 'yes' ? question.yes : OPPOSITE[question.yes];
      votes.set(side, (votes.get(side) ?? 0) + 1);
    }
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    if (!top || (second && second[1] === top[1])) return null;
    return top[0];
  };

  const pace = lean('pace') as Pace | null;
  const priority = lean('priority') as Priority | null;
  return { pace, priority, style: pace && priority ? styleOf(pace, priority) : null };
}
