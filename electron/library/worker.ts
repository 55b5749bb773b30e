// The library's own thread: it opens the SQLite file and runs the service, so no query or
// save ever blocks the thread that serves the UI (the web host's loop, Electron's main
// process). Started by workerDispatch.ts; one message in, one envelope out, by call id.
import { parentPort, workerData } from "node:worker_threads";
import { createDispatch } from "./dispatch.ts";
import { createLibraryService } from "./service.ts";
import { openSqliteStore } from "./store/sqliteStore.ts";

export interface WorkerCall {
  id: number;
  name: string;
  input: unknown;
}

export interface WorkerStart {
  path: string;
}

const { path } = workerData as WorkerStart;
const port = parentPort!;
try {
  const store = openSqliteStore(path);
  const dispatch = createDispatch(createLibraryService(store));
  port.on("message", (call: WorkerCall | "close") => {
    if (call === "close") {
      store.close();
      port.close();
      return;
    }
    port.postMessage({ id: call.id, envelope: dispatch(call.name, call.input) });
  });
  port.postMessage({ ready: true });
} catch (error) {
  // Opening failed (a file of a newer version, not a library…): say why, then stop.
  const e = error as { code?: string; message?: string };
  port.postMessage({
    ready: false,
    error: { code: e.code ?? "library-unreadable", message: String(e.message) },
  });
}
