// "Certainly not listed", from the listed index, for readers that must be exact: before it
// answers, the index applies every change committed so far (one read of blocklist_history after
// the last row it applied; every change to the list writes its history row in the same
// transaction; when nobody committed since the last look not even that, see
// src/db/commit-signal.ts), and it compares delist_at and expires_at with the clock as the SQL does. So a no
// is as exact as the SQLite query's, and costs a fraction of it. For a yes the index names the
// networks, and their rows come from SQLite, or from memory while nobody changed them
// (listing-rows.ts).
import { isoUtc } from '../clock.js';
import { countsAt, type Listing } from './blocklist.js';
import type { SenderAddress } from './ip.js';
import type { ListedIndex } from './listed-index.js';
import { createListingRows } from './listing-rows.js';

export function createCaughtUpIndex(index: ListedIndex, find: (network: string) => Listing | undefined) {
  const rows = createListingRows(index, find);
  let started = false;
  function catchUp(): void {
    if (!started) {
      // Loads the whole list the first time; server.ts starts it before listening.
      index.start();
      started = true;
    }
    // Reads 96 bytes of the -shm file when nothing changed (src/db/commit-signal.ts).
    index.refresh();
  }
  return {
    /** The index itself, for readers that may lag by its poll interval (the DNSBL). */
    index,
    /** True only when no listing covering the address counts at `at`, as of the last commit. */
    certainlyNotListed(address: SenderAddress, at: number): boolean {
      catchUp();
      return index.lookup(address, at) === undefined;
    },
    /**
     * The listings that contain the address and count at `at`, narrowest first, as of the last
     * commit: what SQLite's query of every candidate network would give. Shared rows: read only.
     */
    listings(address: SenderAddress, at: number): ReadonlyArray<Readonly<Listing>> {
      catchUp();
      const networks = index.covering(address, at);
      // Most addresses asked about are not listed: nothing to read, and no time to format.
      if (networks.length === 0) return [];
      const time = isoUtc(at);
      const listings: Array<Readonly<Listing>> = [];
      for (const network of networks) {
        const row = rows.get(network);
        if (row && countsAt(row, time)) listings.push(row);
      }
      return listings;
    },
    start(): void {
      if (!started) index.start();
      started = true;
    },
    close(): void {
      index.close();
    },
  };
}

export type CaughtUpIndex = ReturnType<typeof createCaughtUpIndex>;
