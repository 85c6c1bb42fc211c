import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DebriefForm } from '@/components/debrief-form';
import { DebriefSection } from '@/components/debrief-section';
import { ServicesProvider } from '@/components/services';
import { ToastHost } from '@/components/toast';
import { blankDebrief, type DebriefInput } from '@/lib/db/debriefs';
import { aContact, freshDatabase } from '../factories';

const NOW = new Date(2026, 11, 3, 15, 0).getTime();

describe('DebriefForm', () => {
  it('asks for the call-back date before saving a "not now", and saves once a quick date is chosen', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(debrief: DebriefInput) => Promise<boolean>>(async () => true);
    render(
      <DebriefForm
        initial={blankDebrief('c1', NOW)}
        now={NOW}
        onSave={onSave}
        onCancel={() => undefined}
      />,
    );

    await user.click(screen.getByRole('radio', { name: 'Not now' }));
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));
    expect(screen.getByRole('alert').textContent).toMatch(
      /needs the day they asked you to call back/,
    );
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'In 6 months' }));
    await user.click(
      within(screen.getByRole('group', { name: /^1\. Did I propose/ })).getByRole('radio', {
        name: 'Yes',
      }),
    );
    await user.type(screen.getByLabelText('Note on question 1 (optional)'), 'jumped to the demo');
    await user.type(screen.getByLabelText('The real reason for their answer'), 'Budget frozen');
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));

    expect(onSave).toHaveBeenCalledOnce();
    const saved = onSave.mock.calls[0]![0];
    expect(saved.outcome).toBe('not-now');
    expect(new Date(saved.changeAt!).getMonth()).toBe(5); // June
    expect(saved.answers['proposed-early']).toEqual({ answer: 'yes', note: 'jumped to the demo' });
    expect(saved.reason).toBe('Budget frozen');
  });

  it('drops the change date for a won deal and says the contact becomes a customer', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(debrief: DebriefInput) => Promise<boolean>>(async () => true);
    render(
      <DebriefForm
        initial={{ ...blankDebrief('c1', NOW), changeAt: NOW }}
        now={NOW}
        onSave={onSave}
        onCancel={() => undefined}
      />,
    );

    await user.click(screen.getByRole('radio', { name: 'Won' }));
    expect(screen.getByText('Saving makes them a customer.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));

    expect(onSave.mock.calls[0]![0]).toMatchObject({ outcome: 'won', changeAt: null });
  });
});

describe('DebriefSection', () => {
  it('turns a saved debrief into a proposed plan the user edits, then writes the plan and its reminders', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    const contact = aContact({ goals: ['hire two analysts'] });
    await db.contacts.add(contact);
    const remindersChanged = vi.fn<() => void>();
    render(
      <ServicesProvider services={{ db, now: () => Date.now(), remindersChanged }}>
        <DebriefSection contact={contact} />
        <ToastHost />
      </ServicesProvider>,
    );

    await user.click(await screen.findByRole('button', { name: 'Debrief a call' }));
    await user.click(screen.getByRole('button', { name: 'In 6 months' }));
    await user.click(screen.getByRole('button', { name: 'Save debrief' }));

    await screen.findByText('Proposed follow-up plan');
    const steps = screen.getAllByRole('listitem', { name: /^Step \d+:/ });
    expect(steps.map((s) => s.getAttribute('aria-label')?.replace(/^Step \d+: /, ''))).toEqual([
      'Hand-written thank-you note',
      'Thank-you email',
      'Helpful message',
      'Helpful message',
      'Helpful message',
      'Value-proposition material',
      'Call back',
    ]);
    expect(screen.getAllByDisplayValue(/hire two analysts/).length).toBe(3);

    await user.click(
      screen.getByRole('button', { name: 'Remove step 6: Value-proposition material' }),
    );
    await user.click(screen.getByRole('button', { name: 'Add a helpful message' }));
    await user.click(screen.getByRole('button', { name: 'Accept plan' }));

    await screen.findByText('Plan running');
    const reminders = await db.reminders.toArray();
    expect(reminders).toHaveLength(7);
    expect(reminders.filter((r) => r.purpose === 'value-proposition')).toHaveLength(0);
    expect(reminders.filter((r) => r.purpose === 'article')).toHaveLength(4);
    expect(await db.plans.count()).toBe(1);
    expect(remindersChanged).toHaveBeenCalled();
  });
});
