import type { Draft } from '@/utils/goal-form';
import type {
  AccountState,
  MessageName,
  MessageRequest,
  MessageResponse,
  Result,
} from '@/utils/messages';
import type { PopupSnapshot } from '@/utils/storage';

/**
 * Everything the popup's store needs from the browser, behind one small interface: the
 * real one (`client.ts`) talks to the background and storage, tests hand in a fake.
 */
export interface PopupClient {
  /** Asks the background for something in the protocol; never throws. */
  send<N extends MessageName>(
    name: N,
    payload: MessageRequest<N>,
  ): Promise<Result<MessageResponse<N>>>;
  /** Keeps the draft for the next time the popup opens. */
  saveDraft(draft: Draft): Promise<void>;
  /** Forgets the draft (after a goal is made, or when the reader clears the form). */
  clearDraft(): Promise<void>;
  /**
   * Calls back with the account state the background broadcast, or with nothing when the
   * popup should ask again (it regained focus). Returns the function that stops it.
   */
  onAccountHint(callback: (state?: AccountState) => void): () => void;
  /** Calls back whenever the outbox changed (an entry sent, failed, added or cancelled). */
  onOutboxChange(callback: () => void): () => void;
}

/** What the popup knows before its first paint (read from local storage, never the network). */
export interface PopupStart {
  /** The draft saved when the popup last closed, if any. */
  draft: Draft | null;
  /** The mushaf chosen in the options, if any. */
  mushafId: number | null;
  /** The IANA time zone chosen in the options; none: the browser's own. */
  timeZone?: string;
  /** What the popup was last told, for its first paint until fresh answers come. */
  snapshot?: PopupSnapshot | null;
}
