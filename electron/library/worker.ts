// The library's own thread: it opens the SQLite file and runs the service, so no query or
// save ever blocks the thread that serves the UI (the web host's loop, Electron's main
// process). Started by workerDispatch.ts; one message in, one envelope out, by call id.
import { parentPort, workerData } from "node:worker_threads";
import { BACKGROUND_CHECK_DELAY_MS } from "./backgroundCheck.ts";
import { exportRoot } from "./exportFolders.ts";
import { openLibrary } from "./index.ts";

export interface WorkerCall {
  id: number;
  name: string;
  input: unknown;
}

export interface WorkerStart {
  path: string;
  /** The web host's export root: export.toFolder writes only under it. */
  exportRoot?: string;
  /** Load, then wait for "open": the reader opens once the writer has brought the schema up to date. */
  waitToOpen?: boolean;
}

const start = workerData as WorkerStart;
const port = parentPort!;
function openAndServe(): void {
  try {
    const library = openLibrary(start.path, {
      exportFolders: start.exportRoot ? exportRoot(start.exportRoot) : undefined,
      // The writer looks at the file (and checks its pages in the background); the reader,
      // opening after it, leaves that to the writer.
      ...(start.waitToOpen
        ? { check: "never" as const }
        : { backgroundCheckAfterMs: BACKGROUND_CHECK_DELAY_MS }),
    });
    port.on("message", async (call: WorkerCall | "close") => {
      if (call === "close") {
        library.close();
        port.close();
        return;
      }
      port.postMessage({ id: call.id, envelope: await library.dispatch(call.name, call.input) });
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
}

if (start.waitToOpen) port.once("message", () => openAndServe());
else openAndServe();
