import { describe, expect, it, vi } from 'vitest';

// The popup's first paint needs neither its actions nor the form's reading: they come in a
// chunk of their own (`actions.ts`), fetched by `start`. Before it arrives nothing is offered
// that needs it, and what the reader presses waits for it rather than being lost.

/**
 * A fresh copy of the store's module, its later chunk not fetched yet (`fake-client` fetches
 * every part up front, for its own copy).
 */
async function unloadedStore() {
  const { fakeClient } = await import('./fake-client');
  vi.resetModules();
  const { createPopupStore } = await import('@/entrypoints/popup/store');
  return { createPopupStore, fakeClient };
}

describe('the actions fetched after the first paint', () => {
  it('are not needed to draw: Create waits for the form to be read, no plan is told', async () => {
    const { createPopupStore, fakeClient } = await unloadedStore();
    const store = createPopupStore(fakeClient().client, {
      draft: null,
      mushafId: null,
      timeZone: 'UTC',
    });
    const view = store.derived();
    expect(view.canCreate).toBe(false);
    expect(view.blocked).toBeNull();
    expect(view.form.issues).toEqual([]);
  });

  it('run what was pressed before they arrived, once they are here, in order', async () => {
    const { createPopupStore, fakeClient } = await unloadedStore();
    const fake = fakeClient();
    const store = createPopupStore(fake.client, { draft: null, mushafId: null, timeZone: 'UTC' });
    // Create pressed on the first paint, before `start` fetched anything.
    store.create();
    store.create();
    const stop = store.start();
    await vi.waitFor(() => expect(store.get().done?.status).toBe('created'));
    // The second press found the first one busy: one goal, as with any double click.
    expect(fake.sent('createGoal')).toHaveLength(1);
    stop();
  });
});
