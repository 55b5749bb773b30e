// A batch of files handed to Import… (or dropped on the window): each is sniffed, read as
// UTF-8 and sent to the library one by one; each ends imported, skipped (imported before)
// or refused, and the rest of the batch goes on whatever one file does.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { notTextMessage, sniffBytes } from "../../../shared/import/sniff.ts";
import { base64 } from "../../client/base64.ts";
import { client } from "../../client/index.ts";

const MAX_BYTES = 5_000_000;

export type FileOutcome =
  | { kind: "imported"; fileName: string; articleId: string; headline: string; notes: string[] }
  | { kind: "skipped"; fileName: string; message: string; file: File }
  | { kind: "refused"; fileName: string; message: string };

async function importOne(file: File, allowDuplicate: boolean): Promise<FileOutcome> {
  const fileName = file.name;
  if (file.size > MAX_BYTES)
    return { kind: "refused", fileName, message: `${fileName} was not imported: it is larger than 5 MB.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Word files go to the library's Word reader; other binaries are refused before sending.
  const notText = sniffBytes(bytes);
  if (notText && !notText.word)
    return { kind: "refused", fileName, message: notTextMessage(fileName, notText) };
  try {
    const { article, notes } = await client["articles.importFile"]({
      fileName,
      data: base64(bytes),
      allowDuplicate,
    });
    return { kind: "imported", fileName, articleId: article.id, headline: article.headline, notes };
  } catch (error) {
    if (error instanceof CopydeskError && error.code === "conflict")
      return { kind: "skipped", fileName, message: error.message, file };
    return { kind: "refused", fileName, message: (error as Error).message };
  }
}

/** Import files in order, telling `onProgress` how many are done; stops early when `signal` aborts. */
export async function importBatch(
  files: File[],
  options: { allowDuplicate?: boolean; onProgress?: (done: number) => void; signal?: AbortSignal } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    if (options.signal?.aborted) break;
    outcomes.push(await importOne(file, options.allowDuplicate ?? false));
    options.onProgress?.(outcomes.length);
  }
  return outcomes;
}
