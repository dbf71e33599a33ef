import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FIRST_PAINT_KEY,
  followFirstPaintCopy,
  forgetFirstPaintCopy,
  patchFirstPaintCopy,
  readFirstPaintCopy,
  writeFirstPaintCopy,
} from '@/utils/storage/first-paint';

// The popup's copy of the storage.local items its first paint reads, in the page's
// localStorage (here an in-memory one with the Web Storage interface's behaviour).

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

const draft = { version: 1, draft: { type: 'QURAN_TIME', minutes: '15' } };
const snapshot = { account: { signedIn: true }, plan: { hasGoal: true } };

describe('the first paint’s copy', () => {
  it('is none until written', () => {
    expect(readFirstPaintCopy()).toBeNull();
  });

  it('holds the three items as storage.local answered them, and nothing else', () => {
    writeFirstPaintCopy({ popupDraft: draft, settings: { mushafId: 6 } });
    storage.setItem(
      FIRST_PAINT_KEY,
      JSON.stringify({ ...JSON.parse(storage.getItem(FIRST_PAINT_KEY) ?? '{}'), outbox: [1] }),
    );
    expect(readFirstPaintCopy()).toEqual({ popupDraft: draft, settings: { mushafId: 6 } });
  });

  it('is patched item by item, an undefined value removing the item', () => {
    writeFirstPaintCopy({ popupDraft: draft, popupSnapshot: snapshot });
    patchFirstPaintCopy({ popupSnapshot: undefined, settings: { timeZone: 'Asia/Jakarta' } });
    expect(readFirstPaintCopy()).toEqual({
      popupDraft: draft,
      settings: { timeZone: 'Asia/Jakarta' },
    });
  });

  it('is not made by a patch: only a whole read of storage.local makes it', () => {
    patchFirstPaintCopy({ popupDraft: draft });
    expect(readFirstPaintCopy()).toBeNull();
  });

  it('reads as none when it is not an object, or not JSON', () => {
    storage.setItem(FIRST_PAINT_KEY, '[1,2]');
    expect(readFirstPaintCopy()).toBeNull();
    storage.setItem(FIRST_PAINT_KEY, '{"popupDraft":');
    expect(readFirstPaintCopy()).toBeNull();
  });

  it('is forgotten when localStorage is full, so that no stale copy stays', () => {
    writeFirstPaintCopy({ popupSnapshot: snapshot });
    storage.full = true;
    writeFirstPaintCopy({ popupSnapshot: null });
    expect(readFirstPaintCopy()).toBeNull();
    forgetFirstPaintCopy();
    expect(storage.length).toBe(0);
  });

  it('reads as none, and writes nothing, where the page cannot reach localStorage', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(() => writeFirstPaintCopy({ popupDraft: draft })).not.toThrow();
    expect(readFirstPaintCopy()).toBeNull();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied.', 'SecurityError');
      },
    });
    expect(readFirstPaintCopy()).toBeNull();
    expect(() => forgetFirstPaintCopy()).not.toThrow();
  });
});

describe('followFirstPaintCopy', () => {
  type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
  function onChanged() {
    const listeners = new Set<Listener>();
    return {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
      fire: (changes: Record<string, { newValue?: unknown }>, area: string) => {
        for (const listener of listeners) listener(changes, area);
      },
      count: () => listeners.size,
    };
  }

  it('patches in what changes in storage.local, of the three items only, until stopped', () => {
    writeFirstPaintCopy({ popupDraft: draft, popupSnapshot: snapshot });
    const event = onChanged();
    const stop = followFirstPaintCopy(event);
    // A sign-out: the background forgets the snapshot.
    event.fire({ popupSnapshot: {} }, 'local');
    event.fire({ settings: { newValue: { mushafId: 7 } } }, 'sync');
    event.fire({ outbox: { newValue: [] } }, 'local');
    expect(readFirstPaintCopy()).toEqual({ popupDraft: draft });
    stop();
    expect(event.count()).toBe(0);
    event.fire({ popupDraft: {} }, 'local');
    expect(readFirstPaintCopy()).toEqual({ popupDraft: draft });
  });
});
