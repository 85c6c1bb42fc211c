import { describe, expect, it } from 'vitest';
import { requestContactFocus, takeContactFocus } from '@/lib/runtime/sidebar-focus';

describe('opening the sidebar on a contact', () => {
  it('hands the asked-for contact to the next sidebar once', async () => {
    await requestContactFocus('contact-42');

    expect(await takeContactFocus()).toBe('contact-42');
    expect(await takeContactFocus()).toBeNull();
  });
});
