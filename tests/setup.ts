import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setClockOffset } from '@/lib/clock';

// The CI machine has two cores shared with Chromium: give async UI assertions room.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
  setClockOffset(0);
});

afterEach(() => {
  cleanup();
});
