import type { DraftWriter } from '../types';
import { greeting, signOff } from '../greeting';

/**
 * A thank-you after a meeting or call, written for the person's style
 * (DOMAIN.md): Directors get three sentences and the bottom line,
 * Socializers warmth and energy, Relaters sincerity and no pressure,
 * Thinkers a precise recap and time to decide. It says nothing about what
 * we sell: a thank-you is relationship-building.
 */
export const writeThankYou: DraftWriter = ({ contact, senderName, topic, note }) => {
  const style = contact.style?.name ?? null;
  const goal = topic ?? contact.goals[0] ?? null;
  const about = note.trim();

  const lines: string[] = [];
  switch (style) {
    case 'director':
      lines.push(
        `Thank you for your time today.${goal ? ` I noted your focus on ${goal}.` : ''}`,
        about ? `Next step as agreed: ${about}.` : 'If anything useful comes up on that, I will send it your way, briefly.',
      );
      break;
    case 'socializer':
      lines.push(
        `Thanks so much for the conversation, I really enjoyed it!${goal ? ` Hearing your plans to ${goal} was the highlight.` : ''}`,
        about ? `I'm still thinking about what you said on ${about}.` : 'Your energy about what comes next is contagious.',
        'If I come across anything that could help, you will be the first to hear about it.',
      );
      break;
    case 'relater':
      lines.push(
        'I hope your week is going well.',
        `Thank you for taking the time to talk with me, and for being so open about where things stand.${goal ? ` I appreciated hearing about your goal to ${goal}.` : ''}`,
        about ? `I've made a note of ${about}.` : '',
        'There is no rush on anything; I would be glad to keep in touch and share anything I find that might help along the way.',
      );
      break;
    case 'thinker':
      lines.push(
        'Thank you for the meeting and for your careful questions.',
        goal ? `To confirm my understanding: your priority is to ${goal}.` : 'I have kept notes of the points you raised.',
        about ? `For the record, we also covered ${about}.` : '',
        'Please take whatever time you need; if further detail or sources would be useful, I can provide them.',
      );
      break;
    default:
      lines.push(
        `Thank you for taking the time to talk.${goal ? ` I enjoyed hearing about your goal to ${goal}.` : ''}`,
        about ? `I've made a note of ${about}.` : '',
        'If I come across anything that might help, I will pass it on.',
      );
  }

  const body = [greeting(style, contact.name), '', lines.filter(Boolean).join(' '), '', signOff(style, senderName)].join('\n');
  const subject = style === 'director' ? 'Thank you' : style === 'thinker' ? 'Thank you for the meeting' : 'Thanks for the conversation';
  return { subject, body };
};
