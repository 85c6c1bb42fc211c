import type { DraftWriter } from '../types';
import { greeting, signOff } from '../greeting';

/**
 * A relationship-building note (purpose "other"): something that helps
 * the person with their own goal, or a plain keep-in-touch line. It says
 * nothing about the sender's company or products (DOMAIN.md), and is
 * shaped by the person's style without ever naming it.
 */
export const writeHelpfulNote: DraftWriter = ({
  contact,
  senderName,
  topic,
  attachments,
  note,
}) => {
  const style = contact.style?.name ?? null;
  const goal = topic ?? contact.goals[0] ?? contact.interests[0] ?? null;
  const about = note.trim();
  const items = attachments.map((a) => [a.title, a.url ?? a.text ?? ''].filter(Boolean).join(': '));
  // With nothing attached the user still has to say what helps; a bracketed gap makes that plain.
  const what =
    items.length > 0
      ? items.join('\n')
      : about || '[The article, tip or introduction that helps them: paste it here.]';

  const lines: string[] = [];
  switch (style) {
    case 'director':
      lines.push(
        goal
          ? `Saw this and thought of your focus on ${goal}.`
          : 'A quick one you may find useful.',
      );
      break;
    case 'socializer':
      lines.push(
        `I came across something and immediately thought of you!${goal ? ` It fits right in with your plans to ${goal}.` : ''}`,
      );
      break;
    case 'relater':
      lines.push(
        'I hope all is well with you and the team.',
        goal
          ? `I remembered our conversation about ${goal} and thought this might be helpful.`
          : 'I thought this might be helpful.',
      );
      break;
    case 'thinker':
      lines.push(
        goal
          ? `Following our discussion of ${goal}, this may be of interest; the details are below.`
          : 'This may be of interest; the details are below.',
      );
      break;
    default:
      lines.push(
        goal
          ? `I thought of you and your goal to ${goal}.`
          : 'I thought of you and wanted to pass this on.',
      );
  }
  const closing =
    style === 'director'
      ? 'No reply needed.'
      : style === 'relater'
        ? 'No need to reply; I just wanted to share it.'
        : 'No need to reply.';

  const body = [
    greeting(style, contact.name),
    '',
    lines.join(' '),
    '',
    what,
    '',
    closing,
    '',
    signOff(style, senderName),
  ].join('\n');
  const subject = goal ? `On ${goal}` : 'Thought of you';
  return { subject, body };
};
