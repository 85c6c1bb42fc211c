import { browser } from 'wxt/browser';
import { countDueReminders } from '../db/reminders';
import type { RapportDatabase } from '../db/database';
import { badgeText } from '../plan/due';
import { now } from '../clock';

/** Counts what is due now and shows it on the toolbar icon. Returns the count. */
export async function refreshBadge(db: RapportDatabase): Promise<number> {
  const count = await countDueReminders(db, now());

  // Firefox MV2 has browserAction only; MV3 everywhere has action.
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ color: '#c5221f' });
  await action.setBadgeText({ text: badgeText(count) });
  await action.setTitle({ title: count > 0 ? `Rapport: ${count} due` : 'Open Rapport' });
  return count;
}
