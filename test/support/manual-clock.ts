// A clock the test moves by hand, so "after the delay" takes no time at all.
import type { Clock } from '../../src/clock.js';

export interface ManualClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}

export function createManualClock(start = Date.parse('2026-11-24T09:00:00.000Z')): ManualClock {
  let now = start;
  return {
    now: () => now,
    set(ms) {
      now = ms;
    },
    advance(ms) {
      now += ms;
    },
  };
}
