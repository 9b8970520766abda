// The listed index: what counts as listed, held in memory for the DNSBL and the policy service,
// derived from blocked_senders (SQLite stays the truth, DESIGN.md invariant 6).
//
//   const index = createListedIndex({ db, clock });
//   index.start();                        // loads the list, then follows it
//   index.lookup(address)                 // { network: '203.0.113.0/24', endsAt } | undefined
//   index.close();
//
// lookup takes a SenderAddress (src/blocklist/ip.ts) and answers from typed arrays in
// O(log n) per prefix length in use. delist_at and expires_at are kept as numbers and compared
// with the clock at each lookup, so a listing stops counting at that exact millisecond with
// no reload. Changes made by any process (the portal, the CLI, the sweeper, an import) are
// followed through blocklist_history, which every change writes in its own transaction:
// every pollIntervalMs the index reads the history rows after the last one it applied and
// re-reads only the networks they name.
import type { Clock } from '../clock.js';
import { createCommitSignal } from '../db/commit-signal.js';
import type { Db } from '../db/open.js';
import type { SenderAddress } from './ip.js';
import { createIpv4SetLoader } from './ipv4-set-loader.js';
import { createListedIndexSource } from './listed-index-source.js';
import { createNetworkSet, type NetworkSet } from './network-set.js';
import { createNetworkSetLoader } from './network-set-loader.js';
import { endOfListing, maskedWords, networkText, parseStoredNetwork, wordsOf } from './stored-network.js';

export interface IndexedListing {
  /** Canonical CIDR text of the narrowest listing that covers the address. */
  network: string;
  /** When it stops counting (ms since the epoch), Infinity when no end is set. */
  endsAt: number;
}

// Reused for each IPv4 lookup, so the DNSBL's hot path allocates nothing when nothing is listed.
const oneWord = new Uint32Array(1);

export function createListedIndex(deps: {
  db: Db;
  clock: Clock;
  pollIntervalMs?: number;
  batchSize?: number;
}) {
  const { clock } = deps;
  const source = createListedIndexSource(deps.db);
  const commits = createCommitSignal(deps.db);
  const pollIntervalMs = deps.pollIntervalMs ?? 250;
  const batchSize = deps.batchSize ?? 5000;
  let v4: NetworkSet = createNetworkSet(1);
  let v6: NetworkSet = createNetworkSet(4);
  let lastHistoryId = 0;
  let timer: NodeJS.Timeout | undefined;
  let skipped = 0;
  const changeListeners: Array<(networks?: ReadonlySet<string>) => void> = [];

  function load(): void {
    const fresh4 = createNetworkSet(1);
    const fresh6 = createNetworkSet(4);
    const loader4 = createIpv4SetLoader(source.count());
    const loader6 = createNetworkSetLoader(4);
    let unreadable = 0;
    lastHistoryId = source.snapshot((network, delistAt, expiresAt) => {
      const parsed = parseStoredNetwork(network);
      if (!parsed) {
        unreadable++;
        return;
      }
      const words = maskedWords(parsed);
      const endsAt = endOfListing(delistAt, expiresAt);
      if (parsed.family === 4) loader4.add(words[0] as number, parsed.prefixLength, endsAt);
      else loader6.add(words, parsed.prefixLength, endsAt);
    });
    loader4.finish(fresh4);
    loader6.finish(fresh6);
    v4 = fresh4;
    v6 = fresh6;
    skipped = unreadable;
    for (const listener of changeListeners) listener();
  }

  /** Applies the changes recorded since the last one applied; true when more are waiting. */
  function applyChanges(): boolean {
    const changes = source.changesAfter(lastHistoryId, batchSize);
    if (changes.length === 0) return false;
    const networks = new Set(changes.map((change) => change.network));
    for (const network of networks) {
      const parsed = parseStoredNetwork(network);
      if (!parsed) continue;
      const set = parsed.family === 4 ? v4 : v6;
      const row = source.current(network);
      if (row) set.set(maskedWords(parsed), parsed.prefixLength, endOfListing(row.delistAt, row.expiresAt));
      else set.delete(maskedWords(parsed), parsed.prefixLength);
    }
    lastHistoryId = (changes.at(-1) as { id: number }).id;
    for (const listener of changeListeners) listener(networks);
    return changes.length === batchSize;
  }

  function poll(): void {
    // A large import arrives in batches; the event loop gets a turn between them.
    if (applyChanges()) setImmediate(poll);
  }

  return {
    /** Loads the whole list, then follows its changes until close(). */
    start(): void {
      load();
      timer ??= setInterval(poll, pollIntervalMs);
      timer.unref();
    },

    /** Applies every change written so far, now (start() does this on a timer). */
    refresh(): void {
      // Most calls end here: nobody committed anything since the last one (src/db/commit-signal.ts).
      if (!commits.mayHaveChanged()) return;
      // History ids only grow (the table is append-only), so an equal last id means no change.
      if (source.lastHistoryId() !== lastHistoryId) while (applyChanges());
      commits.caughtUp();
    },

    close(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
      commits.close();
    },

    lookup(address: SenderAddress, now = clock.now()): IndexedListing | undefined {
      const words = wordsOf(address.bytes);
      const hit = (address.family === 4 ? v4 : v6).find(words, now);
      return hit && { network: networkText(hit, address.family), endsAt: hit.endsAt };
    },

    /** Every listed network that contains the address and counts at `now`, narrowest first. */
    covering(address: SenderAddress, now = clock.now()): string[] {
      const words = wordsOf(address.bytes);
      return (address.family === 4 ? v4 : v6)
        .findAll(words, now)
        .map((hit) => networkText(hit, address.family));
    },

    /** The DNSBL's path: when the listing covering an IPv4 address (one 32-bit number) ends, if one counts now. */
    listedUntilV4(word: number, now = clock.now()): number | undefined {
      oneWord[0] = word;
      return v4.endOfListing(oneWord, now);
    },

    /** The same for an IPv6 address as four 32-bit words, most significant first. */
    listedUntilV6(words: ArrayLike<number>, now = clock.now()): number | undefined {
      return v6.endOfListing(words, now);
    },

    /**
     * Calls the listener with the networks whose rows changed each time the index applies changes,
     * and with none when it loaded the whole list again.
     */
    onChange(listener: (networks?: ReadonlySet<string>) => void): void {
      changeListeners.push(listener);
    },

    /** Id of the last history row applied: changes whenever the list does (the DNSBL's SOA serial). */
    version(): number {
      return lastHistoryId;
    },

    /** Networks held, and stored rows that could not be read as networks (left out). */
    stats(): { networks: number; unreadable: number } {
      return { networks: v4.size() + v6.size(), unreadable: skipped };
    },
  };
}

export type ListedIndex = ReturnType<typeof createListedIndex>;
