// Work on the whole story (the review, quote detection) runs in a Web Worker when the page can
// start one, else on the page itself. Each request carries a generation, so an answer finds its
// request, and a late answer to an old one can be told apart by the caller.
export interface WorkerRunner<Request extends { generation: number }, Result extends { generation: number }> {
  run(request: Request): Promise<Result>;
  dispose(): void;
}

type WorkerAnswer<Result> = { ok: true; result: Result } | { ok: false; generation: number; message: string };

export function createWorkerRunner<
  Request extends { generation: number },
  Result extends { generation: number },
>(
  startWorker: () => Worker,
  runOnPage: (request: Request) => Promise<Result>,
  what: string,
): WorkerRunner<Request, Result> {
  let worker: Worker | null = null;
  try {
    worker = startWorker();
  } catch (error) {
    console.warn(`${what} runs on the page: no worker`, error);
  }
  const pending = new Map<
    number,
    { request: Request; resolve: (r: Result) => void; reject: (e: Error) => void }
  >();

  // A worker that cannot load its script (a policy, a packaging slip) reports an error event:
  // finish what it held on the page and keep working there.
  const fallBack = (reason: unknown) => {
    console.warn(`${what} worker failed; working on the page instead`, reason);
    worker?.terminate();
    worker = null;
    for (const [generation, job] of pending) {
      pending.delete(generation);
      runOnPage(job.request).then(job.resolve, job.reject);
    }
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerAnswer<Result>>) => {
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

/** The worker's side: answer each request with its result, or with the error and its generation. */
export function answerRequests<Request extends { generation: number }>(
  work: (request: Request) => unknown,
): void {
  // The renderer is compiled with DOM types only; this is the little of a worker's global it uses.
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage(message: unknown): void;
  };
  scope.onmessage = (event) => {
    try {
      scope.postMessage({ ok: true, result: work(event.data) });
    } catch (error) {
      scope.postMessage({ ok: false, generation: event.data.generation, message: String(error) });
    }
  };
}
