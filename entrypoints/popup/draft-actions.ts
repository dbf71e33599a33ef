import type { Draft } from '@/utils/goal-form';
import { type Store, watch } from '@/utils/store';
import { ownDraftOf } from './derived';
import type { Knobs } from './options';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/**
 * The form and the reader's own draft: changes, presets, Clear, and the draft kept in storage.
 * The reader's draft is saved shortly after it changes (at once when the popup closes or the
 * form starts editing a goal); set back to the defaults, it is forgotten instead.
 */
export function draftActions(store: Store<PopupState>, client: PopupClient, { debounceMs }: Knobs) {
  const { get, set } = store;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;

  /** Saves a draft change still waiting for its debounce (the popup is closing). */
  function flushDraft() {
    if (!timer) return;
    clearTimeout(timer);
    timer = 0;
    void client.saveDraft(ownDraftOf(get()));
  }

  /** Puts a whole new draft in place (presets, a selection). */
  const replaceDraft = (draft: Draft) => set({ draft, done: null, error: null, confirm: null });

  return {
    /** Changes the form: saved and estimated again shortly after. */
    update(patch: Partial<Draft>) {
      set({ draft: { ...get().draft, preset: null, ...patch }, done: null });
    },
    replaceDraft,
    flushDraft,
    /** Opens or closes the custom form under the presets ("Customize"). */
    setCustomize: (customize: boolean) => set({ customize }),
    /** Shows or hides the presets while a goal exists ("New goal"). */
    setNewGoal: (newGoal: boolean) => set({ newGoal }),
    /** Forgets the draft: the form goes back to its defaults. */
    clearDraft() {
      const { defaults } = get();
      set({ done: null, error: null, confirm: null, editing: false, draft: defaults });
      void client.clearDraft();
    },
    /** Follows the reader's draft into storage. */
    start() {
      const stopSaving = watch(store, ownDraftOf, (state) => {
        clearTimeout(timer);
        timer = 0;
        if (ownDraftOf(state) !== state.defaults) timer = setTimeout(flushDraft, debounceMs);
      });
      // The form starts editing a goal: the reader's draft is saved as it is now.
      const stopEditing = watch(store, (state) => state.editing, flushDraft);
      return () => {
        stopSaving();
        stopEditing();
        clearTimeout(timer);
      };
    },
  };
}
