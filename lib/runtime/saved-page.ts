import { browser } from 'wxt/browser';
import { z } from 'zod';

/** A page the user chose to save from the context menu, waiting for the options page to open. */
export const savedPageSchema = z.object({
  title: z.string().max(300),
  description: z.string().max(2_000),
  url: z.string().max(2_000),
  siteName: z.string().max(200),
  author: z.string().max(200),
});
export type SavedPage = z.infer<typeof savedPageSchema>;

const KEY = 'savedPage';

export async function putSavedPage(page: SavedPage): Promise<void> {
  await browser.storage.session.set({ [KEY]: page });
}

/** The waiting page, once: taking it removes it, so a reload does not prefill the form again. */
export async function takeSavedPage(): Promise<SavedPage | null> {
  const raw = (await browser.storage.session.get(KEY))[KEY];
  if (raw === undefined) return null;

  await browser.storage.session.remove(KEY);
  const parsed = savedPageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
