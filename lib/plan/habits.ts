import { DEBRIEF_QUESTIONS, type Debrief } from '../model/debrief';

export interface Habit {
  questionId: string;
  /** "In 7 of the last 10 lost deals you presented more than you asked." */
  sentence: string;
  count: number;
  of: number;
}

/**
 * What the user's own debriefs say about their habits, across the last
 * `window` deals that did not close (lost or not now). A habit is named
 * when it showed in at least a third of them and at least twice.
 */
export function habitsSummary(debriefs: readonly Debrief[], window = 10): Habit[] {
  const recent = debriefs
    .filter((debrief) => debrief.outcome !== 'won')
    .sort((a, b) => b.date - a.date)
    .slice(0, window);
  if (recent.length === 0) return [];

  const habits: Habit[] = [];
  for (const question of DEBRIEF_QUESTIONS) {
    if (!question.habitAnswer || !question.habit) continue;

    const count = recent.filter(
      (debrief) => debrief.answers[question.id].answer === question.habitAnswer,
    ).length;
    if (count < 2 || count * 3 < recent.length) continue;
    habits.push({
      questionId: question.id,
      count,
      of: recent.length,
      sentence: `In ${count} of the last ${recent.length} deals that did not close, ${question.habit}.`,
    });
  }
  return habits.sort((a, b) => b.count - a.count);
}
