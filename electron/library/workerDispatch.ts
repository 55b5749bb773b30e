// The library off the serving thread (Signal Desktop's shape): one worker owns the writes,
// a second, read-only in practice, answers the lists and searches, both on the same WAL
// file. The host's dispatch only posts messages, so its event loop stays free while SQLite
// works. As an editor types, each keystroke's search supersedes the one before: a search
// still waiting when a newer one comes is answered "superseded" at once and never runs.
import { Worker } from "node:worker_threads";
import { CopydeskError, type Envelope } from "../../shared/api/envelope.ts";
import type { Dispatch } from "./dispatch.ts";
import { ensureParentFolder } from "./location.ts";
import type { WorkerCall, WorkerStart } from "./worker.ts";

/** Calls that only read; they go to the reader so a long search never delays a save. */
const READS = new Set([
  "articles.list",
  "articles.sections",
  "articles.get",
  "revisions.list",
  "revisions.get",
  "pictures.get",
]);

const SUPERSEDED: Envelope<unknown> = {
  ok: false,
  error: { code: "superseded", message: "A newer search replaced this one." },
};
const STOPPED: Envelope<unknown> = {
  ok: false,
  error: { code: "internal", message: "The library stopped while answering; nothing was changed." },
};

const WORKER_URL = new URL(
  import.meta.url.endsWith(".ts") ? "./workerEntry.ts" : "./workerEntry.js",
  import.meta.url,
);

/** One worker thread and the calls waiting on it; a worker that died is started again. */
class Lane {
  private worker: Promise<Worker> | null = null;
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private nextId = 1;

  private readonly start: WorkerStart;
  private spawned: Worker | null = null;
  private released = false;

  constructor(start: WorkerStart) {
    this.start = start;
  }

  open(): Promise<Worker> {
    this.worker ??= new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { workerData: this.start });
      this.spawned = worker;
      if (this.released) worker.postMessage("open");
      worker.on(
        "message",
        (
          message: { ready?: boolean; error?: { code: never; message: string } } & {
            id?: number;
            envelope?: Envelope<unknown>;
          },
        ) => {
          if (message.ready === true) resolve(worker);
          else if (message.ready === false) {
            this.worker = null;
            reject(new CopydeskError(message.error!.code, message.error!.message));
            void worker.terminate();
          } else if (message.id !== undefined) {
            this.pending.get(message.id)?.(message.envelope!);
            this.pending.delete(message.id);
          }
        },
      );
      worker.on("error", (error) => {
        console.error(error);
        reject(error);
      });
      worker.on("exit", () => {
        this.worker = null;
        for (const answer of this.pending.values()) answer(STOPPED);
        this.pending.clear();
      });
    });
    return this.worker;
  }

  /** Let a lane started with waitToOpen open the file (now, and whenever it restarts). */
  release(): void {
    this.released = true;
    this.spawned?.postMessage("open");
  }

  async call(name: string, input: unknown): Promise<Envelope<unknown>> {
    const worker = await this.open();
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, resolve);
      worker.postMessage({ id, name, input } satisfies WorkerCall);
    });
  }

  async close(): Promise<void> {
    if (!this.worker) return;
    const worker = await this.worker.catch(() => null);
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.once("exit", () => resolve());
      worker.postMessage("close");
    });
  }
}

function isSearch(name: string, input: unknown): boolean {
  const query = (input as { query?: unknown } | null)?.query;
  return name === "articles.list" && typeof query === "string" && query.trim() !== "";
}

export interface WorkerLibrary {
  path: string;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Open the library in worker threads; rejects with the library's own message if it cannot. */
export async function createWorkerDispatch(
  path: string,
  options: { exportRoot?: string } = {},
): Promise<WorkerLibrary> {
  const writer = new Lane({ path, ...options });
  const reader = new Lane({ path, ...options, waitToOpen: true });
  ensureParentFolder(path);
  // The writer opens the file first: it alone may bring the file's schema up to date. The
  // reader starts after it, off the path to the first screen; until it is ready the writer
  // answers reads too.
  await writer.open();
  let readerReady = false;
  reader.release();
  reader.open().then(
    () => (readerReady = true),
    () => {},
  );
  const readsOn = () => (readerReady ? reader : writer);

  let searching = false;
  let waiting: { input: unknown; answer: (envelope: Envelope<unknown>) => void } | null = null;
  const nextSearch = () => {
    if (searching || !waiting) return;
    const { input, answer } = waiting;
    waiting = null;
    searching = true;
    void readsOn()
      .call("articles.list", input)
      .then((envelope) => {
        searching = false;
        answer(envelope);
        nextSearch();
      });
  };

  const dispatch: Dispatch = (name, input) => {
    if (isSearch(name, input)) {
      waiting?.answer(SUPERSEDED);
      return new Promise((answer) => {
        waiting = { input, answer };
        nextSearch();
      });
    }
    return (READS.has(name) ? readsOn() : writer).call(name, input);
  };
  return { path, dispatch, close: async () => void (await Promise.all([reader.close(), writer.close()])) };
}
