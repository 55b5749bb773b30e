// The library a command works on: --library, COPYDESK_LIBRARY, or the app's own.
import { homedir } from "node:os";
import { type LibraryOptions, openLibrary, type OpenLibrary } from "../library/index.ts";
import { defaultLibraryDir, libraryPathFrom } from "../library/location.ts";
import { type Args, flagString } from "./args.ts";

export function withLibrary(args: Args, env: NodeJS.ProcessEnv, options?: LibraryOptions): OpenLibrary {
  const fromFlag = flagString(args, "library");
  return openLibrary(
    libraryPathFrom(
      fromFlag ? ["--library", fromFlag] : [],
      env,
      defaultLibraryDir(env, process.platform, homedir()),
    ),
    options,
  );
}
