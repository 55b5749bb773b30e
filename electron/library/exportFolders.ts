// Where export.toFolder may write. The renderer names a folder, but only a folder the user
// chose counts: in Electron the system dialog's answers (kept in the main process), for the
// web host one configured export root (anything under it), for the CLI the --out it was
// given. A folder is followed only through real directories (no symlink leads out), never
// on a pseudo file system (/proc, /sys: Node's recursive mkdir spins forever there), and
// every call is async with a time limit, so no file system can stall the event loop.
import { lstat, mkdir, realpath, stat, statfs } from "node:fs/promises";
import { isAbsolute, join, resolve, sep } from "node:path";
import { CopydeskError } from "../../shared/api/envelope.ts";

export interface ExportFolders {
  /** The real, checked folder to write an export "into `folder`" to; refuses anything else. */
  resolve(folder: string): Promise<string>;
}

/** A hung disk (a stale network mount) fails the export instead of waiting for ever. */
export const FS_TIME_LIMIT_MS = 10_000;
/** Deep enough for any folder a person makes, shallow enough to refuse a runaway path. */
const MAX_SUBFOLDERS = 16;

/** Linux pseudo file systems (statfs magic numbers): nothing to export into. */
const PSEUDO_FILE_SYSTEMS = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x1cd1, // devpts
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0x42494e4d, // binfmt_misc
  0xcafe4a11, // bpf
]);

export const refuse = (message: string) => new CopydeskError("refused", message);

export async function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(refuse(`${what} took too long; is the disk still there?`)),
      FS_TIME_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** An existing directory on a real file system, by its real path. */
export async function realFolder(folder: string): Promise<string> {
  let real: string;
  try {
    real = await bounded(realpath(folder), `Opening ${folder}`);
    if (!(await bounded(stat(real), `Opening ${folder}`)).isDirectory())
      throw refuse(`${folder} is not a folder.`);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw refuse(`Cannot open the folder ${folder} (${errorCode(error) ?? "error"}).`);
  }
  const { type } = await bounded(statfs(real), `Opening ${folder}`);
  if (PSEUDO_FILE_SYSTEMS.has(type)) throw refuse(`${folder} is a system folder; choose a folder for files.`);
  return real;
}

/** One new folder under an existing parent (never recursive); an existing one is fine. */
async function makeFolder(folder: string): Promise<void> {
  try {
    await bounded(mkdir(folder), `Creating ${folder}`);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    if (errorCode(error) !== "EEXIST")
      throw refuse(`Cannot create the folder ${folder} (${errorCode(error) ?? "error"}).`);
  }
}

/** Down from `base` through real subfolders, creating the missing ones; a symlink is refused. */
async function descend(base: string, segments: string[], shown: string): Promise<string> {
  let current = base;
  for (const segment of segments) {
    const next = join(current, segment);
    let info;
    try {
      info = await bounded(lstat(next), `Opening ${shown}`);
    } catch (error) {
      if (error instanceof CopydeskError || errorCode(error) !== "ENOENT")
        throw refuse(`Cannot open ${shown}.`);
      await makeFolder(next);
      info = await bounded(lstat(next), `Opening ${shown}`);
    }
    if (info.isSymbolicLink())
      throw refuse(`${shown} goes through a link (${segment}); exports never follow links.`);
    if (!info.isDirectory()) throw refuse(`${shown}: ${segment} is a file, not a folder.`);
    current = next;
  }
  // Nothing was swapped for a link while we walked.
  if ((await realFolder(current)) !== current)
    throw refuse(`${shown} changed while it was opened; try again.`);
  return current;
}

/** The folder's path below `root`, as segments; null when it is not below it. */
function below(root: string, folder: string): string[] | null {
  const path = isAbsolute(folder) ? resolve(folder) : resolve(root, folder);
  if (path !== root && !path.startsWith(root + sep)) return null;
  return path
    .slice(root.length)
    .split(sep)
    .filter((s) => s !== "");
}

/** The web host's (and the CLI's) export root: any folder under it, made on demand. */
export function exportRoot(root: string): ExportFolders & { root: string } {
  const lexicalRoot = resolve(root);
  return {
    root: lexicalRoot,
    async resolve(folder) {
      if (folder.includes("\0")) throw refuse("That folder name is not valid.");
      await makeFolder(lexicalRoot);
      const realRoot = await realFolder(lexicalRoot);
      // The root may itself be reached through a link; a folder may be named either way.
      const segments = below(lexicalRoot, folder) ?? below(realRoot, folder);
      if (segments === null) throw refuse(`Exports go under ${lexicalRoot}; ${folder} is outside it.`);
      if (segments.length > MAX_SUBFOLDERS) throw refuse(`${folder} is nested too deep.`);
      return descend(realRoot, segments, folder);
    },
  };
}

/** Electron: only folders the user picked in the system dialog, exactly as the dialog gave them. */
export function chosenFolders(): ExportFolders & { allow(folder: string): void } {
  const chosen = new Set<string>();
  return {
    allow: (folder) => void chosen.add(resolve(folder)),
    async resolve(folder) {
      if (!isAbsolute(folder) || !chosen.has(resolve(folder)))
        throw refuse("Choose the folder with Choose folder… first.");
      return realFolder(folder);
    },
  };
}

/** Until a transport says which folders the user chose, no folder is one. */
export const noFolders: ExportFolders = {
  resolve: async () => {
    throw refuse("This Copydesk has no export folder set.");
  },
};
