// Where reviews run: in a Web Worker when the page can start one, else on the page itself
// (loaded on demand, so the engine only enters the main bundle's path when needed).
import { createWorkerRunner, type WorkerRunner } from "../workspace/workerRunner.ts";
import type { ReviewRequest, ReviewResult } from "./reviewJob.ts";

export type ReviewRunner = WorkerRunner<ReviewRequest, ReviewResult>;

async function runOnPage(request: ReviewRequest): Promise<ReviewResult> {
  const { runReview } = await import("./reviewJob.ts");
  return runReview(request);
}

export function createReviewRunner(): ReviewRunner {
  return createWorkerRunner(
    () => new Worker(new URL("./review.worker.ts", import.meta.url), { type: "module" }),
    runOnPage,
    "Review",
  );
}
