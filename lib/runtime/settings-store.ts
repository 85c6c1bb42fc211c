import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../model/settings';
import { parseOrThrow } from '../model/validation';
import { log } from '../log';

const KEY = 'settings';

/** Reads the settings; a damaged entry falls back to defaults (and says so) rather than breaking. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return DEFAULT_SETTINGS;

  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;

  log.warn('Stored settings were unreadable; using defaults until they are saved again.');
  return DEFAULT_SETTINGS;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseOrThrow(settingsSchema, { ...(await loadSettings()), ...patch }, 'Settings');
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;

    const parsed = settingsSchema.safeParse(changes[KEY]?.newValue ?? {});
    onChange(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
