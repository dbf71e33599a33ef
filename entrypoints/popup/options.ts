/** Timing knobs of the popup's actions (tests set them to 0 and fix the clock). */
export interface StoreOptions {
  debounceMs?: number;
  now?: () => Date;
}

/** The knobs, each given or at its default. */
export type Knobs = Required<StoreOptions>;
