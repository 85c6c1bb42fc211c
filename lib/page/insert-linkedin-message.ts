import type { InsertResult } from '../model/draft';
import { queryHook } from './linkedin-selectors';

const WHERE = 'the LinkedIn message box';

/**
 * Puts a draft into the open LinkedIn message box, after whatever the user
 * already typed. LinkedIn enables Send only after it sees an input event,
 * so the text goes in as typing would: execCommand('insertText') first
 * (deprecated but still the one call that feeds the editor's own undo and
 * input handling, 2024), else paragraphs built as nodes plus an InputEvent.
 */
export function insertLinkedInMessage(doc: Document, text: string): InsertResult {
  const box = queryHook(doc, 'messageBox');
  const view = doc.defaultView;
  if (!view || !(box instanceof view.HTMLElement)) {
    return {
      ok: false,
      reason:
        'No LinkedIn message box is open. Click "Message" on their profile, then insert the draft again.',
    };
  }

  const typed = box.textContent?.trim() ?? '';
  const addition = typed ? `\n\n${text}` : text;
  box.focus();
  placeCaretAtEnd(doc, box);

  const viaCommand = tryExecCommand(doc, addition);
  if (!viaCommand || !contains(box, text)) {
    if (viaCommand) undoPartial(box, typed);
    appendParagraphs(doc, box, addition, typed === '');
    box.dispatchEvent(
      new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
    );
  }

  return contains(box, text)
    ? { ok: true, where: WHERE }
    : {
        ok: false,
        reason: 'LinkedIn did not accept the text. The draft was not inserted; copy it instead.',
      };
}

function placeCaretAtEnd(doc: Document, box: HTMLElement): void {
  const selection = doc.getSelection();
  if (!selection) return;

  // Inside the last paragraph, so the text continues it instead of opening a blank line below.
  const last = box.lastElementChild;
  const target = last && /^(P|DIV)$/.test(last.tagName) ? last : box;
  const range = doc.createRange();
  range.selectNodeContents(target);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function tryExecCommand(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A command that half-worked (some editors drop newlines) is rolled back to what the user typed. */
function undoPartial(box: HTMLElement, typed: string): void {
  if ((box.textContent?.trim() ?? '') !== typed)
    box.replaceChildren(...(typed ? [paragraph(box.ownerDocument, typed)] : []));
}

function appendParagraphs(doc: Document, box: HTMLElement, text: string, empty: boolean): void {
  // The empty box holds a placeholder paragraph (<p><br></p>); keep the draft from starting below it.
  if (empty) box.replaceChildren();

  const lines = text.split('\n');
  if (!empty && lines[0] === '') lines.shift();
  box.append(...lines.map((line) => paragraph(doc, line)));
}

function paragraph(doc: Document, line: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  if (line) p.textContent = line;
  else p.append(doc.createElement('br'));
  return p;
}

function squash(value: string): string {
  return value.replace(/\s+/g, '');
}

function contains(box: HTMLElement, text: string): boolean {
  return squash(box.textContent ?? '').includes(squash(text));
}
