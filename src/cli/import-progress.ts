// What an import shows while it runs. On a terminal: a bar that redraws in place, at most ten
// times a second, first for reading (a percentage of the file's size, or a count of lines for
// standard input, whose size is unknown) and then for listing (a percentage of the rows). Not on
// a terminal (a cron job, a pipe): no bar, only the closing line with the time each phase took.
import { type Clock, systemClock } from '../clock.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const count = (value: number) => value.toLocaleString('en');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function bar(fraction: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

export function importProgress(
  stream: ProgressStream,
  totalBytes: number | undefined,
  clock: Clock = systemClock,
) {
  const now = () => clock.now();
  const started = now();
  let sortingStarted: number | undefined;
  let listingStarted: number | undefined;
  let lines = 0;
  let rows = 0;
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawn = false;

  const draw = (label: string, fraction: number | undefined, detail: string, force = false) => {
    if (!stream.isTTY || (!force && now() - lastDrawn < 100)) return;
    lastDrawn = now();
    drawn = true;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
    const shown =
      fraction === undefined
        ? `${label} ${detail}`
        : `${label} ${bar(fraction, width)} ${Math.floor(fraction * 100)
            .toString()
            .padStart(3)}%  ${detail}`;
    stream.write(`\r\x1b[K${shown}`);
  };

  return {
    reading(bytes: number, linesRead: number) {
      lines = linesRead;
      const fraction = totalBytes ? bytes / totalBytes : undefined;
      draw('reading', fraction, `${count(lines)} lines`);
    },
    /** Between reading and listing: SQLite sorts the lines, with nothing to count meanwhile. */
    sorting() {
      sortingStarted = now();
      draw('sorting', undefined, `${count(lines)} lines by network`, true);
    },
    listing(done: number, total: number) {
      listingStarted ??= now();
      rows = total;
      draw('listing', total === 0 ? 1 : done / total, `${count(done)} of ${count(total)}`, done === total);
    },
    /** Clears the bar and writes the closing line, on a terminal or not. */
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      const end = now();
      const readEnd = sortingStarted ?? listingStarted ?? end;
      const read = `read ${count(lines)} lines in ${seconds(readEnd - started)}`;
      const sorted =
        sortingStarted === undefined
          ? ''
          : `, sorted in ${seconds((listingStarted ?? end) - sortingStarted)}`;
      const listed =
        listingStarted === undefined
          ? ''
          : `; listing ${count(rows)} networks took ${seconds(end - listingStarted)}`;
      stream.write(`${read}${sorted}${listed}\n`);
    },
  };
}
