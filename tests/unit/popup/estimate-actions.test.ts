import { describe, expect, it, vi } from 'vitest';
import { createPopupStore } from '@/entrypoints/popup/store';
import { applyPreset, PRESETS } from '@/utils/presets';
import { fakeClient } from './fake-client';

/** A store that waits a whole minute after typing before it asks for an estimate. */
async function slowTypingStore() {
  const fake = fakeClient();
  const store = createPopupStore(
    fake.client,
    { draft: null, mushafId: null, timeZone: 'UTC' },
    { debounceMs: 60_000, now: () => new Date('2026-03-01T10:00:00Z') },
  );
  const stop = store.start();
  await vi.waitFor(() => expect(store.get().account?.signedIn).toBe(true));
  return { fake, store, stop };
}

describe('the estimate', () => {
  it('is asked at once for a preset, and after the pause for typing', async () => {
    const { fake, store, stop } = await slowTypingStore();
    const asked = () => fake.sent('estimateGoal').length;
    const before = asked();
    const pagePreset = PRESETS.find((preset) => preset.id === 'page1');
    if (!pagePreset) throw new Error('No "1 page a day" preset.');
    store.replaceDraft(applyPreset(store.get().draft, pagePreset));
    await vi.waitFor(() => expect(asked()).toBe(before + 1));
    await vi.waitFor(() => expect(store.get().estimating).toBe(false));

    store.update({ pages: '4' });
    expect(store.get().estimating).toBe(true);
    await Promise.resolve();
    expect(asked()).toBe(before + 1);
    stop();
  });
});
