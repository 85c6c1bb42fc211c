import type { DraftAttachment } from './types';

/**
 * The attachments still in the text the user sent: they edit drafts
 * before sending, and an article they cut out was not sent. An attachment
 * counts when its link, its title or the start of its tip is in the text.
 */
export function attachmentsInText(
  text: string,
  attachments: readonly DraftAttachment[],
): DraftAttachment[] {
  const haystack = text.toLowerCase();
  return attachments.filter((attachment) => {
    const marks = [attachment.url, attachment.title, attachment.text?.slice(0, 60)].filter(
      (mark): mark is string => Boolean(mark && mark.trim()),
    );
    return marks.some((mark) => haystack.includes(mark.toLowerCase()));
  });
}
