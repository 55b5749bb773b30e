// Time and ids come from here so tests can make them predictable.
import { randomUUID } from "node:crypto";

export interface Clock {
  now(): string;
  newId(): string;
}

export const systemClock: Clock = {
  // Strictly increasing even within one millisecond, so revisions sort in the order made.
  now: (() => {
    let last = 0;
    return () => {
      last = Math.max(Date.now(), last + 1);
      return new Date(last).toISOString();
    };
  })(),
  newId: () => randomUUID(),
};
