import { browser } from 'wxt/browser';
import { insertResultSchema, type Draft, type InsertResult } from '../model/draft';
import type { Message } from '../messages';
import { log } from '../log';

type InsertRequest = Extract<Message, { type: 'insert-draft' }>;

/**
 * Asks the content script in `tabId` to put a draft into the page's compose
 * box. A tab with no content script (another site, a page loaded before
 * Rapport was installed) answers nothing; that becomes a reason, not a throw.
 */
export async function insertDraftInTab(
  tabId: number,
  draft: Draft,
  mode: InsertRequest['mode'],
  to: string | null = null,
): Promise<InsertResult> {
  const request: InsertRequest = { type: 'insert-draft', draft, mode, to };

  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    const parsed = insertResultSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
    return { ok: false, reason: 'The page answered in a way Rapport does not understand.' };
  } catch (error) {
    log.debug('No content script answered in the tab', error);
    return {
      ok: false,
      reason:
        'Rapport cannot write into this tab. Open Gmail or a LinkedIn conversation, or reload that tab.',
    };
  }
}

/** Copies the draft for pasting by hand: the fallback whenever no compose box can be found. */
export async function copyDraft(
  draft: Draft,
  clipboard: Pick<Clipboard, 'writeText'> = navigator.clipboard,
): Promise<void> {
  const text = draft.subject ? `${draft.subject}\n\n${draft.body}` : draft.body;
  await clipboard.writeText(text);
}
