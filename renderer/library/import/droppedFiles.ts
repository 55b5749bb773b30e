// What was dropped on the window, as files to import: a dropped folder gives the story files
// in it and its subfolders (read through the entries API Chromium and Electron offer); files
// dropped alone are taken as they are, pictures excepted (on the story they become figures).
import { isStoryFileName } from "../../../shared/import/storyFiles.ts";

const notPicture = (file: File) => !file.type.startsWith("image/");

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((done, fail) => entry.file(done, fail));

async function folderFiles(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries hands a folder over in batches, then an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done, fail) => reader.readEntries(done, fail));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: File[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) files.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
    else if (isStoryFileName(entry.name)) files.push(await fileOf(entry as FileSystemFileEntry));
  }
  return files;
}

/** Read during the drop event (the entries are gone after it), resolved once the folders are read. */
export function droppedStories(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items, (item) => item.webkitGetAsEntry?.() ?? null);
  const files = Array.from(transfer.files).filter(notPicture);
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(files);
  return (async () => {
    const found: File[] = [];
    for (const entry of entries) {
      if (entry?.isDirectory) found.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
      else if (entry?.isFile) {
        const file = await fileOf(entry as FileSystemFileEntry);
        if (notPicture(file)) found.push(file);
      }
    }
    return found;
  })();
}

/** The story files of a folder chosen with Import folder… (an input with webkitdirectory). */
export const chosenFolderStories = (files: File[]) =>
  files
    .filter((f) => isStoryFileName(f.name))
    .sort((a, b) => a.webkitRelativePath.localeCompare(b.webkitRelativePath));
