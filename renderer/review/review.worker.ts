// The review off the page's thread: detection and every rule cost ~100 ms on a long story,
// which would stall typing if they ran where the editor does.
import { type ReviewRequest, runReview } from "./reviewJob.ts";

// The renderer is compiled with DOM types only; this is the little of a worker's global it uses.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReviewRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, result: runReview(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, generation: event.data.generation, message: String(error) });
  }
};
