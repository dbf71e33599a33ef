import { applyContextPreset, type ContextPreset, contextPresets } from '@/utils/context-presets';
import type { Store } from '@/utils/store';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/**
 * The page the reader is on: the goals it offers, and the verses selected for "Make goal from
 * selection", which fill the form at once.
 */
export function pageActions(store: Store<PopupState>, client: PopupClient) {
  const { get, set } = store;
  /** The form filled from a page preset (a new draft, as a preset makes). */
  const choose = (preset: ContextPreset) =>
    set({ draft: applyContextPreset(get().draft, preset), done: null, error: null, confirm: null });

  return {
    choosePagePreset: choose,
    /** Asks the background about the page the popup opened over. */
    start() {
      let live = true;
      void client.send('getPopupContext', {}).then((result) => {
        if (!live || !result.ok) return;
        set({ context: result.value });
        const [selection] = contextPresets(result.value);
        // Verses the reader selected: a new goal, whose form shows them as its range, to
        // adjust before Create, even beside a goal.
        if (selection?.kind === 'selection') {
          choose(selection);
          set({ customize: true, newGoal: true });
        }
      });
      return () => {
        live = false;
      };
    },
  };
}
