// The library a command works on: --library, COPYDESK_LIBRARY, or the app's own.
import { homedir } from "node:os";
import { type LibraryOptions, openLibrary, type OpenLibrary } from "../library/index.ts";
import { defaultLibraryDir, libraryPathFrom } from "../library/location.ts";
import { type Args, flagString } from "./args.ts";

/** The library file a command works on. */
export function libraryPath(args: Args, env: NodeJS.ProcessEnv): string {
  const fromFlag = flagString(args, "library");
  return libraryPathFrom(
    fromFlag ? ["--library", fromFlag] : [],
    env,
    defaultLibraryDir(env, process.platform, homedir()),
  );
}

export function withLibrary(args: Args, env: NodeJS.ProcessEnv, options?: LibraryOptions): OpenLibrary {
  return openLibrary(libraryPath(args, env), options);
}
