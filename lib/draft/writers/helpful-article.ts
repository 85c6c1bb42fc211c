import type { DraftAttachment, DraftWriter } from '../types';
import { greeting, signOff } from '../greeting';

/**
 * A relationship-building message that passes on something helpful: the
 * attached tips and links, tied to the person's own goal. It says nothing
 * about us, our company or what we sell (DOMAIN.md); self-promotion.ts
 * checks the edited text for that. Directors get it short, Socializers
 * warm, Relaters gentle and without pressure, Thinkers precise with sources.
 */
export const writeHelpfulArticle: DraftWriter = ({
  contact,
  senderName,
  topic,
  attachments,
  note,
}) => {
  const style = contact.style?.name ?? null;
  const goal = topic ?? contact.goals[0] ?? contact.challenges[0] ?? null;
  const about = note.trim();
  const items = attachments.map((attachment) => describe(attachment, style === 'thinker'));
  const many = attachments.length > 1;
  const it = many ? 'these' : 'this';

  const opening: string[] = [];
  const closing: string[] = [];
  switch (style) {
    case 'director':
      opening.push(
        goal
          ? `For your goal on ${goal}, ${many ? 'two ideas' : 'one idea'} worth a minute:`
          : `${many ? 'Two ideas' : 'One idea'} worth a minute:`,
      );
      closing.push('No reply needed.');
      break;
    case 'socializer':
      opening.push(
        goal
          ? `I came across ${it} and thought of you and your plans for ${goal} right away!`
          : `I came across ${it} and thought of you right away!`,
      );
      closing.push('I would love to hear how it goes for you.');
      break;
    case 'relater':
      opening.push(
        'I hope you are doing well.',
        goal
          ? `I remembered you mentioned ${goal}, and thought ${it} might be useful:`
          : `I thought ${it} might be useful to you:`,
      );
      closing.push('There is no need to reply; I just wanted to pass it on. Take care.');
      break;
    case 'thinker':
      opening.push(
        goal
          ? `Following our conversation about ${goal}, here is ${many ? 'some material' : 'a resource'} you may find useful.`
          : `Here is ${many ? 'some material' : 'a resource'} you may find useful.`,
      );
      closing.push(
        'If you would like further detail or references on any point, I will gladly send them.',
      );
      break;
    default:
      opening.push(
        goal
          ? `I thought of you and your goal of ${goal} when I read ${it}:`
          : `I thought ${it} might be useful to you:`,
      );
      closing.push('I hope it helps.');
  }
  if (about) opening.push(about.endsWith('.') ? about : `${about}.`);

  const body = [
    greeting(style, contact.name),
    '',
    opening.join(' '),
    '',
    ...(items.length > 0 ? [items.join('\n\n'), ''] : []),
    closing.join(' '),
    '',
    signOff(style, senderName),
  ].join('\n');
  return { subject: subjectFor(style, goal, attachments), body };
};

function describe(attachment: DraftAttachment, withSource: boolean): string {
  const lines = [attachment.text ? `${attachment.title}: ${attachment.text}` : attachment.title];
  if (!attachment.text && attachment.summary) lines.push(attachment.summary);
  if (attachment.url) lines.push(attachment.url);
  if (withSource && attachment.source) lines.push(`Source: ${attachment.source}`);
  return lines.join('\n');
}

/** The piece's own title says most in three to eight words; a Director gets the shortest form. */
function subjectFor(
  style: string | null,
  goal: string | null,
  attachments: readonly DraftAttachment[],
): string {
  const first = attachments[0]?.title;
  if (attachments.length === 1 && first && (style !== 'director' || first.length <= 40))
    return first;
  if (style === 'director') return goal ? `Idea for ${goal}` : 'A quick idea';
  return goal ? `A few ideas on ${goal}` : 'Thought this might help';
}
