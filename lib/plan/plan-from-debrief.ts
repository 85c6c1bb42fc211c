import { differenceInCalendarDays } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { DraftAttachment } from '../draft/types';
import type { Contact } from '../model/contact';
import type { Debrief } from '../model/debrief';
import type { ReminderKind } from '../model/reminder';
import type { Settings } from '../model/settings';
import type { Purpose } from '../model/touch';
import { localDayAt, workingDayAt } from './local-time';

/** What a step is for in the blend (DOMAIN.md). */
export type StepRole =
  'thank-you-note' | 'thank-you-email' | 'helpful' | 'value' | 'call-back' | 'check-in';

export const STEP_ROLE_LABELS: Record<StepRole, string> = {
  'thank-you-note': 'Hand-written thank-you note',
  'thank-you-email': 'Thank-you email',
  helpful: 'Helpful message',
  value: 'Value-proposition material',
  'call-back': 'Call back',
  'check-in': 'Check in',
};

export interface PlanStep {
  /** Stable within a proposal, so the editor can key and remove steps. */
  key: string;
  role: StepRole;
  kind: ReminderKind;
  /** The draft the step opens; null for something done by hand (the note, the call). */
  purpose: Purpose | null;
  dueAt: number;
  note: string;
  attachments: DraftAttachment[];
}

export interface PlanProposal {
  contactId: string;
  debriefId: string | null;
  callBackAt: number | null;
  steps: PlanStep[];
  /** Plain sentences on how the plan was made ("4 nudges, the most your settings allow"). */
  explanation: string[];
}

export interface PlanOptions {
  /**
   * Library suggestions for this contact, best first (issue 5 wires this).
   * Without it, helpful steps carry no article and the user picks one when
   * the step comes due.
   */
  pickHelpfulContent?: (contact: Contact, count: number) => DraftAttachment[];
  /** The purpose helpful steps draft with: 'article' once that writer exists, else 'other'. */
  helpfulPurpose?: Purpose;
}

/** The first helpful message goes out within a couple of days of the call. */
export const FIRST_HELPFUL_AFTER_DAYS = 2;
/** Without a call-back, a lost deal still gets a few helpful touches, spaced twice as wide. */
const LOST_SPACING_FACTOR = 2;

/**
 * Proposes a follow-up plan from a debrief (DOMAIN.md): a thank-you now (a
 * note by hand and an email), a first helpful message within a couple of
 * days, relationship-building messages spread through the gap, value
 * material only after some helpful touches, and the call-back on the agreed
 * date. Nudges are capped by the settings. Steps land on working days at
 * the settings' hour in `timeZone`, across daylight-saving changes.
 */
export function planFromDebrief(
  debrief: Debrief,
  contact: Contact,
  settings: Settings,
  at: number,
  timeZone: string,
  options: PlanOptions = {},
): PlanProposal {
  const hour = settings.planHour;
  const helpfulPurpose = options.helpfulPurpose ?? 'other';
  const explanation: string[] = [];
  let keys = 0;
  const key = () => `step-${++keys}`;

  const steps: PlanStep[] = [
    {
      key: key(),
      role: 'thank-you-note',
      kind: 'thank-you',
      purpose: null,
      dueAt: at,
      note: 'Write a thank-you note by hand and post it today.',
      attachments: [],
    },
    {
      key: key(),
      role: 'thank-you-email',
      kind: 'follow-up',
      purpose: 'thank-you',
      dueAt: at,
      note: 'Send a short thank-you email.',
      attachments: [],
    },
  ];

  // The call-back is a date; it comes due at the usual hour on a working day.
  const callBackAt =
    debrief.outcome === 'won' || debrief.changeAt === null
      ? null
      : workingDayAt(debrief.changeAt, 0, hour, timeZone);
  const firstAt = workingDayAt(at, FIRST_HELPFUL_AFTER_DAYS, hour, timeZone);
  const nudgeTimes = nudgeSchedule(debrief, settings, firstAt, callBackAt, timeZone, explanation);

  const content = options.pickHelpfulContent?.(contact, nudgeTimes.length) ?? [];
  const valueFrom = callBackAt === null ? null : valueStepIndex(settings, nudgeTimes.length);
  nudgeTimes.forEach((dueAt, index) => {
    const value = index === valueFrom;
    const attachment = value ? undefined : content[index];
    steps.push({
      key: key(),
      role: value ? 'value' : 'helpful',
      kind: 'follow-up',
      purpose: value ? 'value-proposition' : helpfulPurpose,
      dueAt,
      note: value
        ? 'Share material about your offering (a case study, a testimonial): they have had helpful messages first.'
        : attachment
          ? `Send "${attachment.title}": it helps with what they want.`
          : helpfulNote(contact, index),
      attachments: attachment ? [attachment] : [],
    });
  });
  if (valueFrom !== null) {
    explanation.push(
      `Value-proposition material comes only after ${valueFrom} helpful message${valueFrom === 1 ? '' : 's'}.`,
    );
  }

  if (callBackAt !== null) {
    steps.push({
      key: key(),
      role: 'call-back',
      kind: 'call-back',
      purpose: null,
      dueAt: callBackAt,
      note: debrief.reason.trim()
        ? `Call back as agreed. Their reason then: ${debrief.reason.trim()}`
        : 'Call back as agreed.',
      attachments: [],
    });
  } else if (debrief.outcome === 'won') {
    steps.push({
      key: key(),
      role: 'check-in',
      kind: 'follow-up',
      purpose: null,
      dueAt: workingDayAt(at, 30, hour, timeZone),
      note: 'Check in: is everything working as promised? Keep every promise made during the sale.',
      attachments: [],
    });
  }

  return {
    contactId: contact.id,
    debriefId: debrief.id,
    callBackAt,
    steps: steps.sort((a, b) => a.dueAt - b.dueAt),
    explanation,
  };
}

/**
 * When the nudges go out. With a call-back they spread evenly through the
 * gap, the last one a full interval before the call; never closer than the
 * spacing setting, never more than the cap.
 */
function nudgeSchedule(
  debrief: Debrief,
  settings: Settings,
  firstAt: number,
  callBackAt: number | null,
  timeZone: string,
  explanation: string[],
): number[] {
  const hour = settings.planHour;
  const spacing = settings.planSpacingDays;
  const cap = settings.planMaxNudges;

  if (callBackAt === null) {
    const count = debrief.outcome === 'won' ? Math.min(cap, 2) : Math.min(cap, 3);
    const gap = debrief.outcome === 'lost' ? spacing * LOST_SPACING_FACTOR : spacing;
    explanation.push(
      `${count} helpful message${count === 1 ? '' : 's'}, ${gap} days apart; no call-back date was set.`,
    );
    return Array.from({ length: count }, (_, index) =>
      workingDayAt(firstAt, index * gap, hour, timeZone),
    );
  }

  const gapDays = differenceInCalendarDays(callBackAt, firstAt, { in: tz(timeZone) });
  if (gapDays < 1) {
    explanation.push('The call-back is too close for helpful messages in between.');
    return [];
  }

  const fits = Math.floor(gapDays / spacing) + 1;
  const count = Math.max(1, Math.min(cap, fits));
  const interval = gapDays / count;
  explanation.push(
    count === cap && fits > cap
      ? `${count} nudges about ${Math.round(interval)} days apart: the most your settings allow (${cap}).`
      : `${count} nudge${count === 1 ? '' : 's'} at least ${spacing} days apart, as your settings ask.`,
  );
  return Array.from({ length: count }, (_, index) =>
    index === 0
      ? firstAt
      : workingDayAt(
          localDayAt(firstAt, 0, hour, timeZone),
          Math.round(index * interval),
          hour,
          timeZone,
        ),
  );
}

/**
 * The nudge that carries value material: the last one before the call-back,
 * once enough helpful ones came before it; else none.
 */
function valueStepIndex(settings: Settings, count: number): number | null {
  const last = count - 1;
  return last >= settings.planHelpfulBeforeValue && last >= 1 ? last : null;
}

function helpfulNote(contact: Contact, index: number): string {
  const topics = [...contact.goals, ...contact.challenges, ...contact.interests];
  const topic = topics.length > 0 ? topics[index % topics.length] : undefined;
  return topic
    ? `Send something that helps with "${topic}": an article, a tip or an introduction. Nothing about what you sell.`
    : 'Send something that helps them with their own goals. Nothing about what you sell.';
}
