import { describe, expect, it } from 'vitest';
import { habitsSummary } from '@/lib/plan/habits';
import { emptyAnswers, type Answer, type Debrief, type Outcome } from '@/lib/model/debrief';

function aDebrief(
  index: number,
  outcome: Outcome,
  proposedEarly: Answer | null,
  askedEnough: Answer | null,
): Debrief {
  const answers = emptyAnswers();
  answers['proposed-early'] = { answer: proposedEarly, note: '' };
  answers['asked-enough'] = { answer: askedEnough, note: '' };
  return {
    id: `d${index}`,
    contactId: 'c',
    date: index,
    outcome,
    answers,
    reason: '',
    changeAt: null,
    createdAt: index,
    updatedAt: index,
  };
}

describe('habitsSummary', () => {
  it('names a habit seen in most of the last ten deals that did not close', () => {
    const debriefs = [
      ...Array.from({ length: 7 }, (_, i) => aDebrief(i + 10, 'lost', 'yes', 'yes')),
      ...Array.from({ length: 3 }, (_, i) => aDebrief(i + 20, 'not-now', 'no', 'yes')),
      aDebrief(1, 'lost', 'yes', 'no'), // older than the last ten
      aDebrief(30, 'won', 'yes', 'no'), // won deals are not counted
    ];

    expect(habitsSummary(debriefs)).toEqual([
      {
        questionId: 'proposed-early',
        count: 7,
        of: 10,
        sentence:
          'In 7 of the last 10 deals that did not close, you proposed a solution before exploring their needs.',
      },
    ]);
  });

  it('says nothing from a single debrief', () => {
    expect(habitsSummary([aDebrief(1, 'lost', 'yes', 'no')])).toEqual([]);
  });
});
