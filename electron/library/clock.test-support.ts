// Test support: a clock the test moves by hand, so an interval or a grace period can pass.
import type { Clock } from "./clock.ts";

export function manualClock(): Clock & { advance(ms: number): void } {
  let t = Date.parse("2026-11-25T09:00:00Z");
  let n = 0;
  return {
    now: () => new Date((t += 1)).toISOString(),
    newId: () => `id-${++n}`,
    advance: (ms) => {
      t += ms;
    },
  };
}
