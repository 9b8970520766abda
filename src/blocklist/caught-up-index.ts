// "Certainly not listed", from the listed index, for readers that must be exact: before it
// answers, the index applies every change committed so far (one read of blocklist_history after
// the last row it applied; every change to the list writes its history row in the same
// transaction; when nobody committed since the last look not even that, see
// src/db/commit-signal.ts), and it compares delist_at and expires_at with the clock as the SQL does. So a no
// is as exact as the SQLite query's, and costs a fraction of it. For a yes the index names the
// networks, and SQLite gives their details.
import type { SenderAddress } from './ip.js';
import type { ListedIndex } from './listed-index.js';

export function createCaughtUpIndex(index: ListedIndex) {
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
    /** The networks that contain the address and count at `at`, narrowest first, as of the last commit. */
    covering(address: SenderAddress, at: number): string[] {
      catchUp();
      return index.covering(address, at);
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
