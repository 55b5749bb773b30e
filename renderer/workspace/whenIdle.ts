// Work an opened story can do after it is on screen and editable (the first review, word
// count, quote detection, placeholder marks): run when the browser is next idle, so the
// first paint of a long story does not wait for it. Only the moment moves; the work and
// its result are the same. Returns a cancel, for an editor that goes away first.
const LATEST_MS = 1000;

export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => work(), { timeout: LATEST_MS });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
