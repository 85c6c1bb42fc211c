import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setClockOffset } from '@/lib/clock';

beforeEach(() => {
  fakeBrowser.reset();
  setClockOffset(0);
});

afterEach(() => {
  cleanup();
});
