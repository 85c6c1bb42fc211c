import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanEditor } from '@/components/plan-editor';
import type { PlanStep } from '@/lib/plan/plan-from-debrief';

const NOW = new Date(2026, 11, 3, 15, 0).getTime();
const DAY = 86_400_000;

function aStep(key: string, role: PlanStep['role'], days: number): PlanStep {
  return {
    key,
    role,
    kind: role === 'call-back' ? 'call-back' : 'follow-up',
    purpose: role === 'call-back' ? null : 'other',
    dueAt: NOW + days * DAY,
    note: `${role} ${days}`,
    attachments: [],
  };
}

function renderEditor(onAccept = vi.fn<(steps: PlanStep[]) => Promise<boolean>>(async () => true)) {
  render(
    <PlanEditor
      steps={[aStep('a', 'helpful', 2), aStep('b', 'helpful', 30), aStep('c', 'call-back', 90)]}
      explanation={['2 nudges at least 14 days apart.']}
      now={NOW}
      helpfulPurpose="other"
      spacingDays={14}
      acceptLabel="Accept plan"
      onAccept={onAccept}
      onCancel={() => undefined}
    />,
  );
  return onAccept;
}

describe('PlanEditor', () => {
  it('accepts the steps as the user changed them: a new date, new wording, one removed', async () => {
    const user = userEvent.setup();
    const onAccept = renderEditor();

    fireEvent.change(screen.getByLabelText('When: step 2'), {
      target: { value: '2027-01-15T10:30' },
    });
    await user.clear(screen.getByLabelText('What to do: step 1'));
    await user.type(screen.getByLabelText('What to do: step 1'), 'Send the sailing article');
    await user.click(screen.getByRole('button', { name: 'Remove step 3: Call back' }));
    await user.click(screen.getByRole('button', { name: 'Accept plan' }));

    const accepted = onAccept.mock.calls[0]![0];
    expect(accepted.map((s) => s.key)).toEqual(['a', 'b']);
    expect(accepted[0]!.note).toBe('Send the sailing article');
    expect(accepted[1]!.dueAt).toBe(new Date(2027, 0, 15, 10, 30).getTime());
  });

  it('adds a helpful message after the last one, before the call-back', async () => {
    const user = userEvent.setup();
    const onAccept = renderEditor();

    await user.click(screen.getByRole('button', { name: 'Add a helpful message' }));
    await user.click(screen.getByRole('button', { name: 'Accept plan' }));

    const accepted = onAccept.mock.calls[0]![0];
    expect(accepted.map((s) => s.role)).toEqual(['helpful', 'helpful', 'helpful', 'call-back']);
    expect(accepted[2]!.dueAt).toBe(NOW + 44 * DAY);
  });

  it('will not accept an empty plan, and says so', async () => {
    const user = userEvent.setup();
    const onAccept = renderEditor();

    for (const name of [
      'Remove step 1: Helpful message',
      'Remove step 1: Helpful message',
      'Remove step 1: Call back',
    ]) {
      await user.click(screen.getByRole('button', { name }));
    }
    await user.click(screen.getByRole('button', { name: 'Accept plan' }));

    expect(onAccept).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/no steps/);
  });
});
