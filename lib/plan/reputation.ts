import type { Contact } from '../model/contact';
import type { Reminder } from '../model/reminder';

export const REPUTATION_WINDOW_DAYS = 90;
/** Done within a day of first coming due still counts as on time. */
export const GRACE_MS = 86_400_000;
const DAY = 86_400_000;

/** The three reputations of DOMAIN.md, with the share of on-time reminders each needs. */
export const REPUTATION_LEVELS = [
  { label: 'always and promptly', atLeast: 0.9 },
  { label: 'usually fairly timely', atLeast: 0.6 },
  { label: 'doubtful it will get done', atLeast: 0 },
] as const;
export type ReputationLabel = (typeof REPUTATION_LEVELS)[number]['label'];

export interface Reputation {
  /** Reminders that came due in the window and can be judged (grace passed, or done). */
  judged: number;
  onTime: number;
  late: number;
  /** Skipped after coming due, or still open past the grace. */
  missed: number;
  /** onTime / judged; null when nothing can be judged yet. */
  share: number | null;
  label: ReputationLabel | null;
}

export interface Neglected {
  contact: Contact;
  /** The last touch, or null for never. */
  lastTouchAt: number | null;
  /** Days since the last touch (or since the contact was added). */
  days: number;
}

/**
 * How reliably the user follows up: of the reminders that first came due in
 * the last 90 days, the share done on or before their first due time plus a
 * day. Snoozing does not buy time (firstDueAt is kept). A reminder skipped
 * before it came due (an ended plan) is not judged.
 */
export function followUpReputation(reminders: readonly Reminder[], at: number): Reputation {
  const from = at - REPUTATION_WINDOW_DAYS * DAY;
  let onTime = 0;
  let late = 0;
  let missed = 0;

  for (const reminder of reminders) {
    const due = reminder.firstDueAt;
    if (due < from || due > at) continue;

    const deadline = due + GRACE_MS;
    const closed = reminder.closedAt;
    if (reminder.status === 'done' && closed !== null) {
      if (closed <= deadline) onTime += 1;
      else late += 1;
    } else if (reminder.status === 'skipped') {
      if (closed === null || closed >= due) missed += 1;
    } else if (at > deadline) {
      missed += 1;
    }
  }

  const judged = onTime + late + missed;
  const share = judged === 0 ? null : onTime / judged;
  const level =
    share === null ? undefined : REPUTATION_LEVELS.find((candidate) => share >= candidate.atLeast);
  return { judged, onTime, late, missed, share, label: level?.label ?? null };
}

/** Contacts gone longest without a touch (never touched counts from when they were added), most neglected first. */
export function longestWithoutTouch(
  contacts: readonly Contact[],
  lastTouchAt: ReadonlyMap<string, number>,
  at: number,
  limit = 5,
): Neglected[] {
  return contacts
    .filter((contact) => contact.stage !== 'colleague')
    .map((contact) => {
      const last = lastTouchAt.get(contact.id) ?? null;
      return {
        contact,
        lastTouchAt: last,
        days: Math.floor((at - (last ?? contact.createdAt)) / DAY),
      };
    })
    .sort((a, b) => b.days - a.days || a.contact.name.localeCompare(b.contact.name))
    .slice(0, limit);
}
