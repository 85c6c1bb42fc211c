import { create } from 'zustand';
import type { PageContext } from '@/lib/model/page-context';
import type { Settings } from '@/lib/model/settings';
import { DEFAULT_SETTINGS } from '@/lib/model/settings';

/**
 * The page in the active tab (fed by followActivePage in the sidebar's
 * entry) and the user's settings. Component tests set these directly.
 */
interface PageState {
  tabId: number | null;
  context: PageContext | null;
  settings: Settings;
  setPage(tabId: number | null, context: PageContext | null): void;
  setSettings(settings: Settings): void;
}

export const usePage = create<PageState>()((set) => ({
  tabId: null,
  context: null,
  settings: DEFAULT_SETTINGS,
  setPage: (tabId, context) => set({ tabId, context }),
  setSettings: (settings) => set({ settings }),
}));
