// `copydesk serve`: the web host on 127.0.0.1, the library in worker threads. This thread
// loads only the host and the threads' dispatch, never the service, so the first screen
// waits on nothing but the writer thread opening the file.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { exportRoot } from "../library/exportFolders.ts";
import { createWorkerDispatch } from "../library/workerDispatch.ts";
import { startWebHost } from "../web/server.ts";
import type { Command } from "./command.ts";
import { readFlags } from "./flags.ts";
import { cliLibraryPath } from "./libraryPath.ts";

const DEFAULT_PORT = 4860;
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const port = z.coerce.number("--port takes a number.").int().min(0).max(65_535);

export const serveCommand: Command = async (argv, io, env) => {
  const { values } = readFlags(argv, { port: { type: "string" }, "export-root": { type: "string" } });
  // A stable address by default: the browser keeps unsaved-change backups per address.
  const requested = values.port ?? env.COPYDESK_PORT;
  const parsed = port.safeParse(requested ?? DEFAULT_PORT);
  if (!parsed.success) {
    io.err(`copydesk serve: --port must be a number from 0 to 65535, not "${requested}".`);
    return 2;
  }
  const rendererDir = join(projectRoot, "out", "renderer");
  try {
    readFileSync(join(rendererDir, "index.html"));
  } catch {
    io.err("The app is not built yet: run `npm run build` (or use `npm run web`).");
    return 1;
  }
  // The browser names export folders as text, so only folders under one root are taken.
  const exports = exportRoot(values["export-root"] ?? join(homedir(), "Copydesk Exports"));
  // The library runs in worker threads, so no query blocks the host's event loop.
  const library = await createWorkerDispatch(cliLibraryPath(values.library, env), {
    exportRoot: exports.root,
  });
  const host = await startWebHost({ dispatch: library.dispatch, rendererDir, port: parsed.data })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE" || requested !== undefined) throw error;
      io.err(`Port ${parsed.data} is busy (another Copydesk?); using a free one.`);
      return startWebHost({ dispatch: library.dispatch, rendererDir, port: 0 });
    })
    .catch(async (error: unknown) => {
      await library.close();
      throw error;
    });
  io.out(`Copydesk is served at ${host.launchUrl}`);
  io.out(`Library: ${library.path}`);
  io.out(`Exports go under: ${exports.root}`);
  io.out("Press Ctrl+C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await host.close();
  await library.close();
  return 0;
};
