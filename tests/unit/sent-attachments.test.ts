import { describe, expect, it } from 'vitest';
import { attachmentsInText } from '@/lib/draft/sent-attachments';
import type { DraftAttachment } from '@/lib/draft/types';

const tip: DraftAttachment = {
  id: 'tip',
  title: 'Taming the inbox',
  url: null,
  summary: '',
  text: 'Check email at set times rather than all day.',
};
const link: DraftAttachment = {
  id: 'link',
  title: 'A guide',
  url: 'https://example.org/guide',
  summary: '',
  text: null,
};

describe('attachmentsInText', () => {
  it.each([
    [
      'keeps both when the text has them',
      'Taming the inbox: ...\nhttps://example.org/guide',
      ['tip', 'link'],
    ],
    [
      'counts a tip pasted without its title',
      'check email at set times rather than all day. Best, Sam',
      ['tip'],
    ],
    ['drops one the user cut out', 'Here is a guide: https://example.org/guide', ['link']],
    ['finds none in a rewritten text', 'Thanks for today.', []],
  ])('%s', (_, text, ids) => {
    expect(attachmentsInText(text, [tip, link]).map((a) => a.id)).toEqual(ids);
  });
});
