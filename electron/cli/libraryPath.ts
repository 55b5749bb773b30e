// Where the library a command works on is, without loading the library itself (`serve`
// opens it in worker threads, so its own thread never needs the service's modules).
import { homedir } from "node:os";
import { defaultLibraryDir, libraryPathFrom } from "../library/location.ts";

/** The library file a command works on: --library, then COPYDESK_LIBRARY, then the default. */
export function cliLibraryPath(fromFlag: string | undefined, env: NodeJS.ProcessEnv): string {
  return libraryPathFrom(
    fromFlag ? ["--library", fromFlag] : [],
    env,
    defaultLibraryDir(env, process.platform, homedir()),
  );
}
