// Fills a network set (IPv6; IPv4 has a leaner loader of its own) from a full read of the list
// in one go: networks are gathered unsorted, per prefix length, into growing typed arrays, then
// each length is sorted once, which costs far less than inserting them one by one.
import type { NetworkSet } from './network-set.js';

interface Pending {
  keys: Uint32Array;
  ends: Float64Array;
  count: number;
}

export function createNetworkSetLoader(width: 1 | 4) {
  const pending = new Map<number, Pending>();

  function grow(level: Pending): void {
    const capacity = Math.max(1024, level.ends.length * 2);
    const keys = new Uint32Array(capacity * width);
    keys.set(level.keys);
    const ends = new Float64Array(capacity);
    ends.set(level.ends);
    level.keys = keys;
    level.ends = ends;
  }

  /** Sorted copies of one length's keys and ends. */
  function sorted(level: Pending): { keys: Uint32Array; ends: Float64Array } {
    const { count } = level;
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    const source = level.keys;
    order.sort((a, b) => {
      for (let w = 0; w < width; w++) {
        const x = source[a * width + w] as number;
        const y = source[b * width + w] as number;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    });
    const keys = new Uint32Array(count * width);
    const ends = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const from = order[i] as number;
      keys.set(source.subarray(from * width, (from + 1) * width), i * width);
      ends[i] = level.ends[from] as number;
    }
    return { keys, ends };
  }

  return {
    /** words must already be masked to prefixLength (the list stores networks with host bits cleared). */
    add(words: ArrayLike<number>, prefixLength: number, endsAt: number): void {
      let level = pending.get(prefixLength);
      if (!level) {
        level = { keys: new Uint32Array(0), ends: new Float64Array(0), count: 0 };
        pending.set(prefixLength, level);
      }
      if (level.count === level.ends.length) grow(level);
      for (let w = 0; w < width; w++) level.keys[level.count * width + w] = words[w] as number;
      level.ends[level.count++] = endsAt;
    },

    /** Puts everything gathered into the set, replacing what it held at those lengths. */
    finish(set: NetworkSet): void {
      for (const [prefixLength, level] of pending) {
        const { keys, ends } = sorted(level);
        set.replaceLevel(prefixLength, keys, ends);
      }
      pending.clear();
    },
  };
}
