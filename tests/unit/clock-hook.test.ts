import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { now } from '@/lib/clock';
import { CLOCK_OFFSET_KEY, followClockOffset, loadClockOffset } from '@/lib/runtime/clock-hook';

describe('the e2e clock hook', () => {
  it("moves Rapport's clock by the stored offset at start and on every change", async () => {
    await fakeBrowser.storage.local.set({ [CLOCK_OFFSET_KEY]: 86_400_000 });
    await loadClockOffset();
    expect(now() - Date.now()).toBeGreaterThanOrEqual(86_400_000 - 50);

    const changed = vi.fn<() => void>();
    const stop = followClockOffset(changed);
    await fakeBrowser.storage.local.set({ [CLOCK_OFFSET_KEY]: 0 });
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    expect(Math.abs(now() - Date.now())).toBeLessThan(50);
    stop();
  });

  it('ignores a value that is not a number', async () => {
    await fakeBrowser.storage.local.set({ [CLOCK_OFFSET_KEY]: 'soon' });
    await loadClockOffset();
    expect(Math.abs(now() - Date.now())).toBeLessThan(50);
  });
});
