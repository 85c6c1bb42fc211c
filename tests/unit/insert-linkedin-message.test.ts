import { describe, expect, it, vi } from 'vitest';
import { insertLinkedInMessage } from '@/lib/page/insert-linkedin-message';
import { linkedInFixture } from '../linkedin-fixtures';

function withEnablingSend(doc: Document): { box: HTMLElement; send: HTMLButtonElement } {
  const box = doc.querySelector<HTMLElement>('.msg-form__contenteditable');
  const send = doc.querySelector<HTMLButtonElement>('.msg-form__send-button');
  if (!box || !send) throw new Error('the fixture has a message box');
  box.addEventListener('input', () => {
    send.disabled = (box.textContent ?? '').trim() === '';
  });
  return { box, send };
}

describe('insertLinkedInMessage', () => {
  it('puts the draft into the empty message box and Send enables', () => {
    const doc = linkedInFixture('member-full.html');
    const { box, send } = withEnablingSend(doc);

    const result = insertLinkedInMessage(doc, 'Hi Maria,\n\nThanks for the chat.');

    expect(result).toEqual({ ok: true, where: 'the LinkedIn message box' });
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Hi Maria,',
      '',
      'Thanks for the chat.',
    ]);
    expect(send.disabled).toBe(false);
  });

  it('keeps what the user already typed and adds the draft after it', () => {
    const doc = linkedInFixture('member-full.html');
    const { box } = withEnablingSend(doc);
    box.replaceChildren(Object.assign(doc.createElement('p'), { textContent: 'Quick one:' }));

    insertLinkedInMessage(doc, 'the checklist is attached.');

    expect(box.textContent).toBe('Quick one:the checklist is attached.');
    expect(box.firstElementChild?.textContent).toBe('Quick one:');
  });

  it('uses the editing command when the browser supports it', () => {
    const doc = linkedInFixture('member-full.html');
    const { box } = withEnablingSend(doc);
    const exec = vi.fn<(command: string, ui: boolean, value: string) => boolean>(
      (_command, _ui, value) => {
        box.append(value);
        return true;
      },
    );
    Object.defineProperty(doc, 'execCommand', { value: exec });

    expect(insertLinkedInMessage(doc, 'Hello').ok).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Hello');
    expect(box.textContent).toBe('Hello');
  });

  it('says what to do when no conversation is open', () => {
    const result = insertLinkedInMessage(linkedInFixture('member-sparse.html'), 'Hello');

    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Click "Message"') });
  });
});
