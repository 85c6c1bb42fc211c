import type { StyleName } from '../../model/style';
import type { DraftWriter } from '../types';
import { goalAfterPlan, goalAsWish, isVerbPhrase } from '../goal-phrase';
import { greeting, signOff } from '../greeting';

interface ThankYouParts {
  /** The goal as the user typed it, or null. */
  goal: string | null;
  /** What the user asked to mention ("the budget timing"), or empty. */
  note: string;
}

const SUBJECTS: Record<StyleName | 'none', string> = {
  director: 'Thank you',
  socializer: 'Great talking today',
  relater: 'Thank you for your time',
  thinker: 'Thank you for the meeting',
  none: 'Thanks for the conversation',
};

/**
 * A thank-you after a meeting or call, written for the person's style
 * (DOMAIN.md): Directors get three sentences and the bottom line,
 * Socializers warmth and energy, Relaters sincerity and no pressure,
 * Thinkers a precise recap and time to decide. It names neither the style
 * nor what we sell: a thank-you is relationship-building.
 */
export const writeThankYou: DraftWriter = ({ contact, senderName, topic, note }) => {
  const style = contact.style?.name ?? null;
  const parts: ThankYouParts = {
    goal: topic ?? contact.goals[0] ?? null,
    note: note.trim().replace(/[.!?]+$/, ''),
  };

  const sentences = (style ? BY_STYLE[style] : plain)(parts).filter(Boolean);
  const body = [
    greeting(style, contact.name),
    '',
    sentences.join(' '),
    '',
    signOff(style, senderName),
  ].join('\n');
  return { subject: SUBJECTS[style ?? 'none'], body };
};

const BY_STYLE: Record<StyleName, (parts: ThankYouParts) => string[]> = {
  // Purpose first, about three sentences, the next step.
  director: ({ goal, note }) => [
    'Thank you for your time today.',
    goal ? `Noted: ${goalAsWish(goal)}.` : '',
    note
      ? `Next step, as agreed: ${note}.`
      : goal
        ? 'I will send anything useful on that, briefly.'
        : 'I will keep it brief and send only what is useful.',
  ],
  // Warm, lively, a personal touch.
  socializer: ({ goal, note }) => [
    'Thanks so much for the conversation, I really enjoyed it!',
    goal
      ? isVerbPhrase(goal)
        ? `Hearing how you plan ${goalAfterPlan(goal)} was the highlight for me.`
        : `Hearing your ideas on ${goal} was the highlight for me.`
      : 'Your energy about what comes next is contagious.',
    note ? `I'm still thinking about what you said about ${note}.` : '',
    "If I come across anything that could help, you'll be the first to hear about it.",
  ],
  // Friendly, sincere, no pressure, keep in touch.
  relater: ({ goal, note }) => [
    'I hope your week is going well.',
    'Thank you for taking the time to talk with me, and for being so open about where things stand.',
    goal ? `I appreciated hearing that ${goalAsWish(goal)}.` : '',
    note ? `I've made a note of ${note}.` : '',
    "There is no rush on anything; I'd be glad to keep in touch and share anything I find that might help along the way.",
  ],
  // Precise, structured, time to decide.
  thinker: ({ goal, note }) => [
    'Thank you for the meeting and for your careful questions.',
    goal
      ? `To confirm my understanding, your priority is ${isVerbPhrase(goal) ? goalAfterPlan(goal) : goal}.`
      : 'I have kept notes of the points you raised.',
    note ? `We also covered ${note}; I have recorded it.` : '',
    'Please take whatever time you need; if further detail or sources would be useful, I can provide them.',
  ],
};

function plain({ goal, note }: ThankYouParts): string[] {
  return [
    'Thank you for taking the time to talk.',
    goal ? `I enjoyed hearing about your plans ${goalAfterPlan(goal)}.` : '',
    note ? `I've made a note of ${note}.` : '',
    'If I come across anything that might help, I will pass it on.',
  ];
}
