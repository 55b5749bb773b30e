// Where a library thread starts (workerDispatch.ts): V8's compile cache first (a thread does
// not share its process's), then the thread itself, so a later start skips compiling the
// service's modules again.
import { enableCompileCache } from "node:module";

enableCompileCache();
await import("./worker.ts");
