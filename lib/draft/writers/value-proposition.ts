import type { DraftWriter } from '../types';
import { greeting, signOff } from '../greeting';

/**
 * Value-proposition material (a case study, a testimonial), planned only
 * after helpful messages have gone out. The user names or attaches the
 * material; the text stays short and asks for nothing, to suit the style.
 */
export const writeValueProposition: DraftWriter = ({
  contact,
  senderName,
  topic,
  attachments,
  note,
}) => {
  const style = contact.style?.name ?? null;
  const goal = topic ?? contact.goals[0] ?? null;
  const material = attachments.map((a) => [a.title, a.url ?? ''].filter(Boolean).join(': '));
  const about = note.trim() || '[the case study or testimonial you want to share]';

  const intro: Record<string, string> = {
    director: `Here is how a similar team handled ${goal ?? 'this'}: results first, details attached.`,
    socializer: `I thought you'd enjoy this story of a team much like yours${goal ? ` and how they managed to ${goal}` : ''}!`,
    relater: `When we spoke, you mentioned ${goal ?? 'your plans'}. I thought it might help to see how another team approached it, at their own pace.`,
    thinker: `As promised, here is documented material on ${goal ?? 'the approach we discussed'}, with the figures and sources.`,
    none: `I thought this example might be useful as you think about ${goal ?? 'next steps'}.`,
  };

  const body = [
    greeting(style, contact.name),
    '',
    intro[style ?? 'none'],
    '',
    ...(material.length > 0 ? material : [about]),
    '',
    style === 'relater' || style === 'thinker'
      ? 'Take whatever time you need; I am happy to answer any questions.'
      : 'Happy to talk it through when the timing suits you.',
    '',
    signOff(style, senderName),
  ].join('\n');
  return { subject: goal ? `How others approach ${goal}` : 'An example you may find useful', body };
};
