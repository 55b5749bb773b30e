// The library a command works on: --library, COPYDESK_LIBRARY, or the app's own.
import { type LibraryOptions, openLibrary, type OpenLibrary } from "../library/index.ts";
import { cliLibraryPath } from "./libraryPath.ts";

export { cliLibraryPath };

export function openCliLibrary(
  fromFlag: string | undefined,
  env: NodeJS.ProcessEnv,
  options?: LibraryOptions,
): OpenLibrary {
  return openLibrary(cliLibraryPath(fromFlag, env), options);
}

/** Run `work` on the library and close it whatever happens. */
export async function withLibrary<T>(
  fromFlag: string | undefined,
  env: NodeJS.ProcessEnv,
  work: (library: OpenLibrary) => T | Promise<T>,
  options?: LibraryOptions,
): Promise<T> {
  const library = openCliLibrary(fromFlag, env, options);
  try {
    return await work(library);
  } finally {
    library.close();
  }
}
