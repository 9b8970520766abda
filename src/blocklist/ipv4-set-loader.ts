// Fills the IPv4 network set from a full read of the list with as little garbage as possible
// (what is allocated while loading a million networks stays in the process's memory long after):
// one Float64Array sized to the list holds each network as prefix length × 2^32 + address, one
// native sort orders them by length then address; each length's addresses are copied out at
// their exact size and the same array then holds the ends. Ends other than "never" are few, so
// they wait in a map meanwhile.
import type { NetworkSet } from './network-set.js';

const WORD = 2 ** 32;

export function createIpv4SetLoader(capacity: number) {
  let packed = new Float64Array(Math.max(16, capacity));
  let count = 0;
  const finite = new Map<number, number>();

  return {
    /** word must already be masked to prefixLength. */
    add(word: number, prefixLength: number, endsAt: number): void {
      if (count === packed.length) {
        // More rows than counted (written between the count and the read): grow once.
        const larger = new Float64Array(packed.length * 2);
        larger.set(packed);
        packed = larger;
      }
      const value = prefixLength * WORD + word;
      packed[count++] = value;
      if (endsAt !== Number.POSITIVE_INFINITY) finite.set(value, endsAt);
    },

    finish(set: NetworkSet): void {
      const sorted = packed.subarray(0, count).sort();
      let start = 0;
      while (start < count) {
        const prefixLength = Math.floor((sorted[start] as number) / WORD);
        let end = start;
        while (end < count && Math.floor((sorted[end] as number) / WORD) === prefixLength) end++;
        const keys = new Uint32Array(end - start);
        // Each sorted value, once its address is taken out, is overwritten with its end: the
        // array the networks were sorted in becomes the lengths' ends, and nothing is thrown away.
        for (let i = start; i < end; i++) {
          const value = sorted[i] as number;
          keys[i - start] = value - prefixLength * WORD;
          sorted[i] =
            finite.size > 0 ? (finite.get(value) ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
        }
        set.replaceLevel(prefixLength, keys, sorted.subarray(start, end));
        start = end;
      }
      finite.clear();
    },
  };
}
