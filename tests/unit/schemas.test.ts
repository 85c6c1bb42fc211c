import { describe, expect, it } from 'vitest';
import { contactSchema } from '@/lib/model/contact';
import { reminderSchema } from '@/lib/model/reminder';
import { touchSchema } from '@/lib/model/touch';
import { describeIssues, parseOrThrow, ValidationError } from '@/lib/model/validation';
import { buildContact } from '@/lib/db/contacts';
import { aContact, aReminder } from '../factories';

describe('the contact schema', () => {
  it('accepts a full contact and normalises addresses and tags', () => {
    const contact = buildContact({
      name: '  Dana Whitfield ',
      emails: ['Dana@Northwind.example', 'dana@northwind.example'],
      linkedInUrl: 'https://www.linkedin.com/in/dana-whitfield/',
      goals: ['Become a  better manager', 'become a better manager'],
    });

    expect(contact.name).toBe('Dana Whitfield');
    expect(contact.emails).toEqual(['dana@northwind.example']);
    expect(contact.goals).toEqual(['become a better manager']);
    expect(contact.stage).toBe('prospect');
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name: A contact needs a name'],
    [
      'a malformed address',
      { emails: ['dana-at-northwind'] },
      'emails.0: That does not look like an email address',
    ],
    [
      'a profile URL that is not a profile',
      { linkedInUrl: 'https://www.linkedin.com/feed/' },
      'linkedInUrl: Use the profile address',
    ],
    ['an unknown stage', { stage: 'lead' }, 'stage:'],
    ['an empty tag', { goals: ['  '] }, 'goals.0: A tag cannot be empty'],
  ])('rejects %s with a readable error', (_, overrides, message) => {
    const result = contactSchema.safeParse({ ...aContact(), ...overrides });

    expect(result.success).toBe(false);
    expect(describeIssues(result.error!).join('\n')).toContain(message);
  });
});

describe('the reminder schema', () => {
  it('accepts a reminder and rejects an unknown kind or status', () => {
    const reminder = aReminder('c1');

    expect(reminderSchema.safeParse(reminder).success).toBe(true);
    expect(reminderSchema.safeParse({ ...reminder, kind: 'lunch' }).success).toBe(false);
    expect(reminderSchema.safeParse({ ...reminder, status: 'maybe' }).success).toBe(false);
    expect(reminderSchema.safeParse({ ...reminder, dueAt: -5 }).success).toBe(false);
  });
});

describe('the touch schema', () => {
  it('accepts a logged email and rejects a touch with no contact', () => {
    const touch = {
      id: 't1',
      contactId: 'c1',
      channel: 'email',
      purpose: 'thank-you',
      at: 1,
      subject: 'Thanks',
      body: 'Hi',
    };

    expect(touchSchema.safeParse(touch).success).toBe(true);
    expect(touchSchema.safeParse({ ...touch, contactId: '' }).success).toBe(false);
    expect(touchSchema.safeParse({ ...touch, channel: 'pigeon' }).success).toBe(false);
  });
});

describe('parseOrThrow', () => {
  it('names what was wrong and where', () => {
    expect(() => parseOrThrow(contactSchema, { ...aContact(), name: '' }, 'Contact')).toThrowError(
      new ValidationError('Contact', ['name: A contact needs a name']),
    );
  });
});
