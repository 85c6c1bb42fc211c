import { describe, expect, it } from 'vitest';
import {
  findGmailEditor,
  insertGmailDraft,
  openGmailCompose,
  openGmailReply,
} from '@/lib/page/insert-gmail-draft';
import { gmailFixture, openGmailFixture } from '../gmail-fixtures';

const DRAFT = {
  subject: 'Thank you',
  body: 'Hi Dana,\n\nThank you for your time today.\n\nBest,\nSam',
};

function inputEvents(target: EventTarget): Event[] {
  const seen: Event[] = [];
  target.addEventListener('input', (event) => seen.push(event));
  return seen;
}

function editorOf(doc: Document): HTMLElement {
  const editor = doc.querySelector<HTMLElement>('[g_editable="true"]');
  if (!editor) throw new Error('The fixture has no editor');
  return editor;
}

describe('insertGmailDraft', () => {
  it('writes into the real 2020 compose window: body, subject, and the input events Gmail saves on', () => {
    const doc = openGmailFixture('gmail-compose-2020.html');
    const editor = editorOf(doc);
    const subject = doc.querySelector<HTMLInputElement>('input[name="subjectbox"]');
    const bodyEvents = inputEvents(editor);
    const subjectEvents = inputEvents(subject ?? doc);

    const result = insertGmailDraft(doc, DRAFT);

    expect(result).toEqual({ ok: true, where: 'the new message' });
    expect(editor.textContent).toContain('Thank you for your time today.');
    expect(
      editor.innerText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['Hi Dana,', 'Thank you for your time today.', 'Best,', 'Sam']);
    expect(
      bodyEvents.some((event) => event instanceof InputEvent && event.inputType === 'insertText'),
    ).toBe(true);
    expect(subject?.value).toBe('Thank you');
    expect(subjectEvents).toHaveLength(1);
  });

  it('leaves a subject the user already wrote', () => {
    const doc = openGmailFixture('gmail-compose-2020.html');
    const subject = doc.querySelector<HTMLInputElement>('input[name="subjectbox"]');
    if (subject) subject.value = 'Our call';

    expect(insertGmailDraft(doc, DRAFT)).toEqual({ ok: true, where: 'the compose window' });
    expect(subject?.value).toBe('Our call');
  });

  it('puts the draft above the quoted history of a reply in progress and keeps what was typed', () => {
    const doc = openGmailFixture('thread-reply-in-progress.html');
    const editor = editorOf(doc);
    const events = inputEvents(editor);

    const result = insertGmailDraft(doc, DRAFT);
    const text = editor.innerText;

    expect(result).toEqual({ ok: true, where: 'the reply in this thread' });
    expect(events).toHaveLength(1);
    expect(text).toContain('Hi Dana, typed already: see you Tuesday.');
    expect(text.indexOf('typed already')).toBeLessThan(
      text.indexOf('Thank you for your time today.'),
    );
    expect(text.indexOf('Thank you for your time today.')).toBeLessThan(
      text.indexOf('Does Tuesday work'),
    );
    expect(editor.querySelector('.gmail_quote blockquote')?.textContent).toBe(
      'Does Tuesday work for the pilot kickoff?',
    );
  });

  it('writes at the cursor when the user has placed it in the editor', () => {
    const doc = openGmailFixture('thread-reply-in-progress.html');
    const editor = editorOf(doc);
    const typed = editor.firstElementChild?.firstChild;
    if (!typed) throw new Error('No typed text in the fixture');
    editor.focus();
    const range = doc.createRange();
    range.setStart(typed, 'Hi Dana, '.length);
    range.collapse(true);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);

    insertGmailDraft(doc, { subject: '', body: 'Thanks!' });

    expect(editor.innerText).toMatch(/^Hi Dana, \n?Thanks!\n?typed already: see you Tuesday\./);
  });

  it('says why when no reply or compose window is open', () => {
    const doc = openGmailFixture('thread-single.html');
    const result = insertGmailDraft(doc, DRAFT);

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/No Gmail reply or compose window/);
  });

  it('ignores text boxes that are neither a reply nor a compose window (the settings signature)', () => {
    expect(findGmailEditor(gmailFixture('settings.html'))).toBeNull();
  });
});

describe('opening Gmail windows', () => {
  it("opens the reply to the thread's last message and writes into it", async () => {
    const doc = openGmailFixture('thread-long.html');
    const replyButtons = doc.querySelectorAll('[data-tooltip="Reply"]');
    let pressed: Element | null = null;
    // Gmail answers the click by building an inline reply; the fixture's stand-in does the same.
    doc.querySelector('[role="main"]')?.addEventListener('click', (event) => {
      pressed = event.target instanceof Element ? event.target : null;
      const reply = gmailFixture('thread-reply-in-progress.html').querySelector('div.ip.adB');
      const editor = reply?.querySelector('[g_editable="true"]');
      editor?.firstElementChild?.remove();
      if (reply) doc.querySelector('div.nH.if')?.append(doc.importNode(reply, true));
    });

    const opened = await openGmailReply(doc, { timeoutMs: 1_000 });

    expect(pressed).toBe(replyButtons[replyButtons.length - 1]);
    expect(opened?.kind).toBe('reply');
    expect(insertGmailDraft(doc, DRAFT, opened)).toEqual({
      ok: true,
      where: 'the reply in this thread',
    });
    // Nothing was typed: the draft starts the reply, the quoted message stays below it.
    expect(opened?.editor.firstElementChild?.textContent).toBe('Hi Dana,');
    expect(opened?.editor.innerText).toMatch(
      /^Hi Dana,\n+Thank you for your time today\.\n+Best,\nSam\n+On Mon, Nov 30/,
    );
  });

  it('opens a new message addressed to the contact', async () => {
    const doc = openGmailFixture('thread-single.html');
    const dialog = gmailFixture('gmail-compose-2020.html').querySelector('div[role="dialog"]');
    doc.querySelector('[gh="cm"]')?.addEventListener('click', () => {
      if (dialog) doc.body.append(doc.importNode(dialog, true));
    });

    const opened = await openGmailCompose(doc, 'dana@northwind.example', { timeoutMs: 1_000 });

    expect(opened?.kind).toBe('compose');
    expect(opened?.container.querySelector<HTMLTextAreaElement>('textarea[name="to"]')?.value).toBe(
      'dana@northwind.example',
    );
  });

  it('gives up after its time when Gmail opens nothing', async () => {
    const doc = openGmailFixture('thread-single.html');
    expect(await openGmailReply(doc, { timeoutMs: 100 })).toBeNull();
  });
});
