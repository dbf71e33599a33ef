import type { Environment } from '@/utils/environments';
import type {
  AccountState,
  MessageName,
  MessageRequest,
  MessageResponse,
  Result,
} from '@/utils/messages';
import type { Settings } from '@/utils/storage';

/** The messages the options page sends: account only, never a token. */
export type OptionsMessage = Extract<MessageName, 'getAccountState' | 'signIn' | 'signOut'>;

/**
 * Everything the options page needs from the browser: settings in storage, account actions
 * through the background. The real one is in `client.ts`; tests hand in a fake.
 */
export interface OptionsClient {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Asks the background; never throws. */
  send<N extends OptionsMessage>(
    name: N,
    payload: MessageRequest<N>,
  ): Promise<Result<MessageResponse<N>>>;
  /** Calls back on each account state the background broadcasts; returns the unsubscribe. */
  onAccountState(callback: (state: AccountState) => void): () => void;
  /** Puts text on the clipboard (the redirect URL). */
  copy(text: string): Promise<void>;
  /** The environment this build was made for (defaults shown beside the fields). */
  build: Environment;
  /** The browser's own time zone. */
  automaticTimeZone: string;
}
