import { describe, expect, it } from 'vitest';
import { assessStyle, type Observation } from '@/lib/plan/style-assessment';

describe('assessStyle', () => {
  it.each([
    [{ fast: 'yes', led: 'yes', agenda: 'yes', facts: 'yes' }, 'director'],
    [{ fast: 'yes', asked: 'no', shared: 'yes', agenda: 'no' }, 'socializer'],
    [{ fast: 'no', asked: 'yes', shared: 'yes' }, 'relater'],
    [{ asked: 'yes', led: 'no', facts: 'yes', shared: 'no' }, 'thinker'],
  ] as const)('reads %o as %s', (answers, style) => {
    expect(assessStyle(answers as Record<string, Observation>).style).toBe(style);
  });

  it('leaves an axis open on a tie, and the style with it', () => {
    const result = assessStyle({ fast: 'yes', asked: 'yes', shared: 'yes' });

    expect(result).toEqual({ pace: null, priority: 'open', style: null });
  });

  it('ignores "not sure"', () => {
    expect(assessStyle({ fast: 'unsure', led: 'unsure', agenda: 'unsure' })).toEqual({
      pace: null,
      priority: null,
      style: null,
    });
  });
});
