// The thread that reads every page of a library (PRAGMA quick_check) through a read-only
// connection of its own, so the check never holds up a call. Started by backgroundCheck.ts;
// posts the problems found (none when the library is whole) and ends.
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";
import { checkProblems } from "./libraryFile.ts";

const { path } = workerData as { path: string };
let problems: string[];
try {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    problems = checkProblems(db, "quick_check");
  } finally {
    db.close();
  }
} catch (error) {
  problems = [(error as Error).message];
}
parentPort!.postMessage(problems);
