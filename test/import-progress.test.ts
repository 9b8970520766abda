// What an import shows while it runs: a bar redrawn in place on a terminal, nothing but the
// closing line elsewhere. The stream here is a plain object that records what was written.
import { expect, it } from 'vitest';
import { importProgress } from '../src/cli/import-progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 100, written, write: (text: string) => written.push(text) };
}

it('draws a percentage of the file while reading and of the rows while listing, then one closing line', () => {
  const terminal = stream(true);
  let now = 0;
  const progress = importProgress(terminal, 1000, { now: () => now });
  progress.reading(250, 10);
  now += 50;
  progress.reading(500, 20); // too soon after the last redraw: skipped
  now += 100;
  progress.reading(1000, 40);
  now += 2050;
  progress.sorting();
  now += 300;
  progress.listing(0, 40);
  now += 150;
  progress.listing(40, 40); // the last step is always drawn
  now += 1500;
  progress.finish();
  expect(terminal.written).toEqual([
    `\r\x1b[Kreading [${'#'.repeat(10)}${'.'.repeat(30)}]  25%  10 lines`,
    `\r\x1b[Kreading [${'#'.repeat(40)}] 100%  40 lines`,
    '\r\x1b[Ksorting 40 lines by network',
    `\r\x1b[Klisting [${'.'.repeat(40)}]   0%  0 of 40`,
    `\r\x1b[Klisting [${'#'.repeat(40)}] 100%  40 of 40`,
    '\r\x1b[K',
    'read 40 lines in 2.2 s, sorted in 0.3 s; listing 40 networks took 1.6 s\n',
  ]);
});

it('counts lines while reading standard input, whose size is unknown', () => {
  const terminal = stream(true);
  const progress = importProgress(terminal, undefined, { now: () => 0 });
  progress.reading(123_456, 1_234_567);
  expect(terminal.written).toEqual(['\r\x1b[Kreading 1,234,567 lines']);
});

it('writes only the closing line when not on a terminal', () => {
  const pipe = stream(false);
  let now = 0;
  const progress = importProgress(pipe, 1000, { now: () => now });
  progress.reading(1000, 3);
  now += 400;
  progress.listing(3, 3);
  now += 100;
  progress.finish();
  expect(pipe.written).toEqual(['read 3 lines in 0.4 s; listing 3 networks took 0.1 s\n']);
});
