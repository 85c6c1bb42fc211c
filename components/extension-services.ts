import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/database';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import type { Services } from './services';

/** The services of a real extension page: the shared database and the service worker. */
export function extensionServices(): Services {
  return {
    db: getDatabase(),
    now,
    remindersChanged() {
      browser.runtime.sendMessage({ type: 'reminders-changed' }).catch((error: unknown) => {
        log.warn('Could not ask the service worker to recount the badge', error);
      });
    },
  };
}
