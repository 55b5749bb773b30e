// Small hooks shared by the panels.
import { useEffect, useRef, useState } from "react";

/** A value that follows `value` once it has stopped changing for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Run `load` when its inputs change; keep only the newest answer (searches race). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], initial: T): [T, string] {
  const [value, setValue] = useState<T>(initial);
  const [error, setError] = useState("");
  const generation = useRef(0);
  useEffect(() => {
    const mine = ++generation.current;
    load().then(
      (v) => {
        if (mine === generation.current) {
          setValue(v);
          setError("");
        }
      },
      (e: Error) => {
        if (mine === generation.current) setError(e.message);
      },
    );
  }, deps);
  return [value, error];
}
