import type { Contact } from '../model/contact';
import { workingDayAt } from './local-time';

export interface RhythmFacts {
  contact: Contact;
  /** The last time the user was in touch: a touch, or a reminder they closed; null if never. */
  lastContactAt: number | null;
  /** An active or paused plan already keeps this person in mind. */
  hasPlan: boolean;
  /** An open or snoozed reminder for this person is already due. */
  hasOpenReminder: boolean;
}

export interface RhythmNudge {
  contactId: string;
  /** When the rhythm broke: the last contact plus the rhythm, at the usual hour on a working day. */
  dueAt: number;
  daysSince: number;
}

/**
 * The keep-in-touch rhythm: for a contact with a rhythm and no plan,
 * a reminder is owed once the time since the last contact (or since they
 * were added) exceeds it. Null when the rhythm holds, or something else
 * already reminds the user.
 */
export function brokenRhythm(
  facts: RhythmFacts,
  at: number,
  hour: number,
  timeZone: string,
): RhythmNudge | null {
  const { contact } = facts;
  const days = contact.keepInTouchDays;
  if (days === null || facts.hasPlan || facts.hasOpenReminder) return null;

  const since = facts.lastContactAt ?? contact.createdAt;
  const dueAt = workingDayAt(since, days, hour, timeZone);
  if (dueAt > at) return null;

  return { contactId: contact.id, dueAt, daysSince: Math.floor((at - since) / 86_400_000) };
}
