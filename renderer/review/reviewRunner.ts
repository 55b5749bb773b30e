// Where reviews run: in a Web Worker when the page can start one, else on the page itself
// (loaded on demand, so the engine only enters the main bundle's path when needed).
import type { ReviewRequest, ReviewResult } from "./reviewJob.ts";

export interface ReviewRunner {
  run(request: ReviewRequest): Promise<ReviewResult>;
  dispose(): void;
}

type WorkerAnswer = { ok: true; result: ReviewResult } | { ok: false; generation: number; message: string };

async function runOnPage(request: ReviewRequest): Promise<ReviewResult> {
  const { runReview } = await import("./reviewJob.ts");
  return runReview(request);
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL("./review.worker.ts", import.meta.url), { type: "module" });
  } catch (error) {
    console.warn("Review runs on the page: no worker", error);
    return null;
  }
}

export function createReviewRunner(): ReviewRunner {
  let worker = startWorker();
  const pending = new Map<
    number,
    { request: ReviewRequest; resolve: (r: ReviewResult) => void; reject: (e: Error) => void }
  >();

  // A worker that cannot load its script (a policy, a packaging slip) reports an error event:
  // finish what it held on the page and keep reviewing there.
  const fallBack = (reason: unknown) => {
    console.warn("Review worker failed; reviewing on the page instead", reason);
    worker?.terminate();
    worker = null;
    for (const [generation, job] of pending) {
      pending.delete(generation);
      runOnPage(job.request).then(job.resolve, job.reject);
    }
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      const generation = answer.ok ? answer.result.generation : answer.generation;
      const job = pending.get(generation);
      if (!job) return;
      pending.delete(generation);
      if (answer.ok) job.resolve(answer.result);
      else job.reject(new Error(answer.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.message);
    };
  }

  return {
    run(request) {
      if (!worker) return runOnPage(request);
      return new Promise((resolve, reject) => {
        pending.set(request.generation, { request, resolve, reject });
        worker!.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
