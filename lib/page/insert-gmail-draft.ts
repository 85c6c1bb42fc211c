import type { Draft, InsertResult } from '../model/draft';
import { log } from '../log';
import { GMAIL_SELECTORS, closestHook, queryHook, queryHookAll } from './gmail-selectors';
import { readGmailThreadId } from './read-gmail-thread';

/** A place Gmail lets the user write: the editable body and the window or inline reply around it. */
export interface GmailEditor {
  editor: HTMLElement;
  container: Element;
  kind: 'reply' | 'compose';
}

interface WaitOptions {
  /** Ends the wait early (the content script's lifetime). */
  signal?: AbortSignal;
  timeoutMs?: number;
}

const WAIT_MS = 4_000;

/** Every editor in a compose window or an inline reply (a settings text box is neither). */
export function listGmailEditors(doc: Document): GmailEditor[] {
  return queryHookAll(doc, 'editor').flatMap((element): GmailEditor[] => {
    if (!isHtmlElement(element)) return [];
    // A compose window holds a `.M9` too (2020 capture): the window decides.
    const dialog = closestHook(element, 'composeDialog');
    if (dialog) return [{ editor: element, container: dialog, kind: 'compose' }];
    const reply = closestHook(element, 'inlineReply');
    return reply ? [{ editor: element, container: reply, kind: 'reply' }] : [];
  });
}

/**
 * The editor a draft for the open thread belongs in: the one the user has
 * focused, else the thread's inline reply, else a compose window replying to
 * this thread. With no thread open, the newest compose window.
 */
export function findGmailEditor(doc: Document): GmailEditor | null {
  const editors = listGmailEditors(doc);
  const active = doc.activeElement;
  const focused = active ? editors.find(({ editor }) => editor.contains(active)) : undefined;
  if (focused) return focused;

  const threadId = readGmailThreadId(doc);
  if (threadId === null) return editors.filter(({ kind }) => kind === 'compose').at(-1) ?? null;

  const inline = editors.find(({ kind }) => kind === 'reply');
  if (inline) return inline;

  const bare = threadId.replace(/^#/, '');
  return editors.find(({ container }) => repliesTo(container) === bare) ?? null;
}

/**
 * Puts a draft into Gmail's editor without losing what the user typed: at
 * the cursor when it is in the editor, else above the quoted history and
 * signature. Sets the subject when it is empty. Gmail saves a draft only
 * after an input event, and its Trusted Types policy forbids innerHTML, so
 * the text goes in through execCommand or DOM nodes plus an InputEvent.
 */
export function insertGmailDraft(
  doc: Document,
  draft: Draft,
  target: GmailEditor | null = null,
): InsertResult {
  try {
    const found = target ?? findGmailEditor(doc);
    if (!found) {
      return { ok: false, reason: 'No Gmail reply or compose window is open for this email.' };
    }

    const { editor, container, kind } = found;
    const range = insertionRange(doc, editor);
    const atCursor = range.collapsed === false || isUserCursor(doc, editor, range);
    const apart = firstApartChild(editor);
    // A blank line parts the draft from the quoted history below it.
    const text = atCursor || !apart ? draft.body : `${draft.body}\n`;
    insertText(doc, editor, range, text);

    const subjectSet = setSubjectIfEmpty(container, draft.subject);
    const where =
      kind === 'reply'
        ? 'the reply in this thread'
        : subjectSet
          ? 'the new message'
          : 'the compose window';
    return { ok: true, where };
  } catch (error) {
    log.warn('Could not write the draft into Gmail', error);
    return { ok: false, reason: 'Gmail did not accept the text.' };
  }
}

/** Opens Gmail's reply to the last message and waits (bounded) for its editor. */
export async function openGmailReply(
  doc: Document,
  options: WaitOptions = {},
): Promise<GmailEditor | null> {
  const main = queryHook(doc, 'main') ?? doc;
  const button = queryHookAll(main, 'replyButton').at(-1);
  if (!button) return null;

  press(button);
  return waitFor(
    () => listGmailEditors(doc).find(({ kind }) => kind === 'reply') ?? null,
    doc,
    options,
  );
}

/** Opens a new compose window, addresses it to `to`, and waits (bounded) for its editor. */
export async function openGmailCompose(
  doc: Document,
  to: string | null,
  options: WaitOptions = {},
): Promise<GmailEditor | null> {
  const button = queryHook(doc, 'composeButton');
  if (!button) return null;

  const before = new Set(listGmailEditors(doc).map(({ editor }) => editor));
  press(button);
  const opened = await waitFor(
    () =>
      listGmailEditors(doc).find(({ editor, kind }) => kind === 'compose' && !before.has(editor)) ??
      null,
    doc,
    options,
  );

  const field = opened ? queryHook(opened.container, 'toInput') : null;
  if (opened && to && field && (isInput(field) || isTextArea(field)) && field.value.trim() === '') {
    setValue(field, to);
  }
  return opened;
}

function insertionRange(doc: Document, editor: HTMLElement): Range {
  const selection = doc.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (current && isUserCursor(doc, editor, current)) return current.cloneRange();

  const range = doc.createRange();
  const apart = firstApartChild(editor);
  if (apart && typedBefore(editor, apart)) {
    range.setStartBefore(apart);
  } else if (apart || (editor.textContent ?? '').trim() === '') {
    // Nothing typed yet: start at the top; Gmail's empty first line then parts the draft from the quote.
    range.setStart(editor, 0);
  } else {
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  range.collapse(true);
  return range;
}

// The cursor counts when the user is in the editor and not inside the quoted history.
function isUserCursor(doc: Document, editor: HTMLElement, range: Range): boolean {
  const active = doc.activeElement;
  if (!active || !editor.contains(active)) return false;
  if (!editor.contains(range.startContainer)) return false;
  const apart = firstApartChild(editor);
  return !apart || !(apart === range.startContainer || apart.contains(range.startContainer));
}

/** Whether the user wrote something above the quoted history or signature. */
function typedBefore(editor: HTMLElement, apart: Element): boolean {
  const range = editor.ownerDocument.createRange();
  range.setStart(editor, 0);
  range.setEndBefore(apart);
  return range.toString().trim() !== '';
}

/** The editor's first child that is, or holds, the quoted history or the signature. */
function firstApartChild(editor: HTMLElement): Element | null {
  const apart = [...GMAIL_SELECTORS.quote, ...GMAIL_SELECTORS.signature]
    .map((candidate) => candidate.css)
    .join(', ');
  for (const child of Array.from(editor.children)) {
    if (child.matches(apart) || child.querySelector(apart)) return child;
  }
  return null;
}

function insertText(doc: Document, editor: HTMLElement, range: Range, text: string): void {
  editor.focus();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);

  const before = editor.textContent ?? '';
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  // execCommand is deprecated but is the one path that goes through the browser's editing (undo, Gmail's own input handling).
  const executed =
    typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  const after = editor.textContent ?? '';
  if (executed && after.length > before.length && after.includes(firstLine.trim())) return;

  const fragment = doc.createDocumentFragment();
  for (const line of text.split('\n')) {
    const row = doc.createElement('div');
    row.append(line ? doc.createTextNode(line) : doc.createElement('br'));
    fragment.append(row);
  }
  const last = fragment.lastChild;
  range.insertNode(fragment);

  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const InputEventOf = doc.defaultView?.InputEvent ?? InputEvent;
  editor.dispatchEvent(
    new InputEventOf('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

function setSubjectIfEmpty(container: Element, subject: string): boolean {
  const field = queryHook(container, 'subjectInput');
  if (!field || !isInput(field) || field.value.trim() !== '' || !subject.trim()) return false;
  setValue(field, subject);
  return true;
}

/** Sets a field the way typing would, so Gmail notices (value, then input and change events). */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  const view = field.ownerDocument.defaultView;
  const EventOf = view?.Event ?? Event;
  const InputEventOf = view?.InputEvent ?? InputEvent;
  field.dispatchEvent(
    new InputEventOf('input', { bubbles: true, inputType: 'insertText', data: value }),
  );
  field.dispatchEvent(new EventOf('change', { bubbles: true }));
}

function repliesTo(container: Element): string | null {
  const form = container.querySelector('form') ?? container;
  const field = queryHook(form, 'composeThread');
  const value = field && isInput(field) ? field.value.replace(/^#/, '') : '';
  return value || null;
}

// Gmail's buttons react to the mouse sequence, not only to click.
function press(element: Element): void {
  const MouseEventOf = element.ownerDocument.defaultView?.MouseEvent ?? MouseEvent;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    element.dispatchEvent(
      new MouseEventOf(type, {
        bubbles: true,
        cancelable: true,
        view: element.ownerDocument.defaultView,
      }),
    );
  }
}

function waitFor<T>(
  find: () => T | null,
  doc: Document,
  { signal, timeoutMs = WAIT_MS }: WaitOptions,
): Promise<T | null> {
  const view = doc.defaultView;
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      const found = find();
      if (found || signal?.aborted || Date.now() - started >= timeoutMs || !view) {
        resolve(found);
        return;
      }
      view.setTimeout(check, 50);
    };
    check();
  });
}

function isHtmlElement(element: Element): element is HTMLElement {
  return 'focus' in element && 'dataset' in element;
}

function isInput(element: Element): element is HTMLInputElement {
  return element.tagName === 'INPUT';
}

function isTextArea(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}
