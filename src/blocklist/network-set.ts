// A compact in-memory set of networks of one address family, each with the instant it stops
// counting, for the listed index. Keys are addresses as 32-bit words (1 for IPv4, 4 for IPv6,
// no BigInt); each prefix length has its own sorted typed arrays, so a lookup is one binary
// search per prefix length in use (at most 25 for IPv4, 113 for IPv6), and nested listings
// (a /32 inside a /24) are each found. Changes go to a small per-length overlay that is merged
// into the sorted arrays when it grows, so a change costs O(1) and a merge is paid rarely.

export interface NetworkHit {
  /** The network's first address, as words. */
  words: Uint32Array;
  prefixLength: number;
  /** When it stops counting (ms since the epoch), Infinity when never. */
  endsAt: number;
}

interface OverlayEntry {
  key: Uint32Array;
  endsAt: number;
}

interface Level {
  prefixLength: number;
  keys: Uint32Array;
  ends: Float64Array;
  count: number;
  overlay: Map<string, OverlayEntry>;
  /**
   * IPv4 levels with many networks: where each value of the top 16 address bits starts in keys,
   * so a search reads one entry of this table and then a few neighbouring keys instead of
   * wandering over megabytes of them (each step of a plain binary search there is a cache miss).
   */
  starts: Uint32Array | undefined;
}

const BUCKETED_FROM = 1024;

function bucketStarts(keys: Uint32Array, count: number): Uint32Array | undefined {
  if (count < BUCKETED_FROM) return undefined;
  const starts = new Uint32Array(65_537);
  let at = 0;
  for (let bucket = 0; bucket <= 65_536; bucket++) {
    while (at < count && (keys[at] as number) >>> 16 < bucket) at++;
    starts[bucket] = at;
  }
  return starts;
}

// An overlay entry with this end is a removal: it hides the same key in the sorted arrays.
const REMOVED = Number.NEGATIVE_INFINITY;

function maskWord(word: number, wordIndex: number, prefixLength: number): number {
  const bits = Math.min(32, Math.max(0, prefixLength - wordIndex * 32));
  return bits === 0 ? 0 : bits === 32 ? word : (word & (0xffffffff << (32 - bits))) >>> 0;
}

function compareAt(keys: Uint32Array, index: number, key: Uint32Array, width: number): number {
  for (let w = 0; w < width; w++) {
    const a = keys[index * width + w] as number;
    const b = key[w] as number;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

export function createNetworkSet(width: 1 | 4) {
  const bits = width * 32;
  const levels = new Map<number, Level>();
  // Longest prefix first, so the narrowest covering network is found first.
  let active: Level[] = [];
  const scratch = new Uint32Array(width);

  const overlayKey = (key: Uint32Array) => (width === 1 ? String(key[0]) : key.join(':'));

  function levelFor(prefixLength: number): Level {
    let level = levels.get(prefixLength);
    if (!level) {
      level = {
        prefixLength,
        keys: new Uint32Array(0),
        ends: new Float64Array(0),
        count: 0,
        overlay: new Map(),
        starts: undefined,
      };
      levels.set(prefixLength, level);
      active = [...levels.values()].sort((a, b) => b.prefixLength - a.prefixLength);
    }
    return level;
  }

  /** Index of key in the level's sorted arrays, or -1. */
  function search(level: Level, key: Uint32Array): number {
    let low = 0;
    let high = level.count - 1;
    if (width === 1) {
      const target = key[0] as number;
      if (level.starts) {
        low = level.starts[target >>> 16] as number;
        high = (level.starts[(target >>> 16) + 1] as number) - 1;
      }
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const value = level.keys[mid] as number;
        if (value === target) return mid;
        if (value < target) low = mid + 1;
        else high = mid - 1;
      }
      return -1;
    }
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = compareAt(level.keys, mid, key, width);
      if (order === 0) return mid;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  function endOf(level: Level, key: Uint32Array): number | undefined {
    if (level.overlay.size > 0) {
      const changed = level.overlay.get(overlayKey(key));
      if (changed) return changed.endsAt === REMOVED ? undefined : changed.endsAt;
    }
    const index = search(level, key);
    return index === -1 ? undefined : level.ends[index];
  }

  /** Folds the overlay into new sorted arrays: one pass over both, both in key order. */
  function merge(level: Level): void {
    const changes = [...level.overlay.values()].sort((a, b) => {
      for (let w = 0; w < width; w++) {
        if (a.key[w] !== b.key[w]) return (a.key[w] as number) < (b.key[w] as number) ? -1 : 1;
      }
      return 0;
    });
    const capacity = level.count + changes.length;
    const keys = new Uint32Array(capacity * width);
    const ends = new Float64Array(capacity);
    let out = 0;
    let base = 0;
    const copyBase = () => {
      keys.set(level.keys.subarray(base * width, (base + 1) * width), out * width);
      ends[out++] = level.ends[base++] as number;
    };
    for (const change of changes) {
      while (base < level.count && compareAt(level.keys, base, change.key, width) < 0) copyBase();
      if (base < level.count && compareAt(level.keys, base, change.key, width) === 0) base++;
      if (change.endsAt !== REMOVED) {
        keys.set(change.key, out * width);
        ends[out++] = change.endsAt;
      }
    }
    while (base < level.count) copyBase();
    level.keys = keys.slice(0, out * width);
    level.ends = ends.slice(0, out);
    level.count = out;
    if (width === 1) level.starts = bucketStarts(level.keys, out);
    level.overlay.clear();
  }

  let lastEnd = 0;
  /** The level of the narrowest network that contains the address and counts; its key stays in scratch. */
  function narrowestCounting(words: ArrayLike<number>, now: number): Level | undefined {
    for (const level of active) {
      for (let w = 0; w < width; w++) scratch[w] = maskWord(words[w] as number, w, level.prefixLength);
      const endsAt = endOf(level, scratch);
      if (endsAt !== undefined && now < endsAt) {
        lastEnd = endsAt;
        return level;
      }
    }
    return undefined;
  }

  function masked(words: ArrayLike<number>, prefixLength: number): Uint32Array {
    const key = new Uint32Array(width);
    for (let w = 0; w < width; w++) key[w] = maskWord(words[w] as number, w, prefixLength);
    return key;
  }

  return {
    /** Lists (or changes the end of) a network; endsAt is Infinity when it never ends by itself. */
    set(words: ArrayLike<number>, prefixLength: number, endsAt: number): void {
      const level = levelFor(prefixLength);
      const key = masked(words, prefixLength);
      level.overlay.set(overlayKey(key), { key, endsAt });
      if (level.overlay.size > Math.max(1024, level.count >>> 4)) merge(level);
    },

    delete(words: ArrayLike<number>, prefixLength: number): void {
      const level = levels.get(prefixLength);
      if (!level) return;
      const key = masked(words, prefixLength);
      level.overlay.set(overlayKey(key), { key, endsAt: REMOVED });
      if (level.overlay.size > Math.max(1024, level.count >>> 4)) merge(level);
    },

    /** The narrowest network that contains the address and still counts at `now`. */
    find(words: ArrayLike<number>, now: number): NetworkHit | undefined {
      const level = narrowestCounting(words, now);
      return level && { words: scratch.slice(), prefixLength: level.prefixLength, endsAt: lastEnd };
    },

    /** Every network that contains the address and counts at `now`, narrowest first. */
    findAll(words: ArrayLike<number>, now: number): NetworkHit[] {
      const hits: NetworkHit[] = [];
      for (const level of active) {
        for (let w = 0; w < width; w++) scratch[w] = maskWord(words[w] as number, w, level.prefixLength);
        const endsAt = endOf(level, scratch);
        if (endsAt !== undefined && now < endsAt)
          hits.push({ words: scratch.slice(), prefixLength: level.prefixLength, endsAt });
      }
      return hits;
    },

    /** When the narrowest counting network containing the address ends; allocates nothing (the DNSBL's path). */
    endOfListing(words: ArrayLike<number>, now: number): number | undefined {
      return narrowestCounting(words, now) ? lastEnd : undefined;
    },

    /** Replaces everything at once from sorted arrays built by a bulk load. */
    replaceLevel(prefixLength: number, keys: Uint32Array, ends: Float64Array): void {
      const level = levelFor(prefixLength);
      level.keys = keys;
      level.ends = ends;
      level.count = ends.length;
      if (width === 1) level.starts = bucketStarts(keys, ends.length);
      level.overlay.clear();
    },

    /** Networks held, including those whose end has passed but that were not removed yet. */
    size(): number {
      let total = 0;
      for (const level of active) {
        if (level.overlay.size > 0) merge(level);
        total += level.count;
      }
      return total;
    },

    maxPrefixLength: bits,
  };
}

export type NetworkSet = ReturnType<typeof createNetworkSet>;
