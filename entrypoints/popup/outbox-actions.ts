import { type Store, watch } from '@/utils/store';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/**
 * The goals waiting in the outbox: the list follows the outbox as soon as an entry is sent,
 * fails, is added or kept; what was waiting when the popup opened is sent at once.
 */
export function outboxActions(store: Store<PopupState>, client: PopupClient) {
  const { get, set } = store;
  async function refreshOutbox(name: 'getOutbox' | 'flushOutbox' = 'getOutbox') {
    const result = await client.send(name, {});
    if (result.ok) set({ outbox: result.value.entries });
  }

  return {
    /** Takes a goal out of the outbox before it is sent. */
    async cancelPending(entryId: string) {
      const result = await client.send('cancelOutboxEntry', { entryId });
      if (result.ok) set({ outbox: result.value.entries });
    },
    /** Reads the outbox, sends what waits in it, and follows its changes. */
    start() {
      const stopChanges = client.onOutboxChange(() => void refreshOutbox());
      // A create the service could not take was kept: the list shows it.
      const stopKept = watch(
        store,
        (state) => state.kept,
        ({ kept }) => kept && refreshOutbox(),
      );
      void refreshOutbox().then(() => {
        if (get().outbox.length) void refreshOutbox('flushOutbox');
      });
      return () => {
        stopChanges();
        stopKept();
      };
    },
  };
}
