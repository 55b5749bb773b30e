// Repeated timings and their percentiles, for every bench measure.
export interface Timing {
  what: string;
  p50: number;
  p95: number;
  /** The budget for p95, in ms (none for figures kept only to watch). */
  budget?: number;
  note?: string;
}

export function percentiles(what: string, samples: number[], budget?: number): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
  return { what, p50: at(0.5), p95: at(0.95), budget };
}

/** Run `work` `runs` times (after one warm-up run) and take the percentiles. */
export function time(what: string, runs: number, work: () => unknown, budget?: number): Timing {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return percentiles(what, samples, budget);
}

export async function timeAsync(
  what: string,
  runs: number,
  work: () => Promise<unknown>,
  budget?: number,
): Promise<Timing> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return percentiles(what, samples, budget);
}
