// What a file seems to be, from its content rather than its name: a story must never be made
// of a picture's or an archive's bytes. The CLI and the renderer sniff the raw bytes; the
// service sniffs the decoded text again (bytes that were not UTF-8 arrive as U+FFFD there).

/** A file that is not text a story can be made of, and what it seems to be instead. */
export interface NotText {
  seemsToBe: string;
  /** A Word document: read by the Word reader (mammoth) rather than refused, where bytes are at hand. */
  word?: true;
}

const WORD_DOCUMENT = "a Word document (.docx)";

interface Signature {
  /** Bytes at `offset`; null matches any byte. */
  bytes: (number | null)[];
  offset?: number;
  seemsToBe: string;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

// Longest and most specific first; each is a format's own magic number.
const SIGNATURES: Signature[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], seemsToBe: "a ZIP archive" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], seemsToBe: "an empty ZIP archive" },
  { bytes: ascii("%PDF-"), seemsToBe: "a PDF document" },
  { bytes: [0x89, ...ascii("PNG"), 0x0d, 0x0a, 0x1a, 0x0a], seemsToBe: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], seemsToBe: "a JPEG image" },
  { bytes: ascii("GIF8"), seemsToBe: "a GIF image" },
  { bytes: [...ascii("RIFF"), null, null, null, null, ...ascii("WEBP")], seemsToBe: "a WebP image" },
  { bytes: [0x49, 0x49, 0x2a, 0x00], seemsToBe: "a TIFF image" },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], seemsToBe: "a TIFF image" },
  { bytes: ascii("ftypheic"), offset: 4, seemsToBe: "a HEIC image" },
  { bytes: ascii("ftyp"), offset: 4, seemsToBe: "a video or audio file (MP4/MOV)" },
  { bytes: ascii("ID3"), seemsToBe: "an MP3 audio file" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], seemsToBe: "an old Word/Office (.doc) file" },
  { bytes: ascii("{\\rtf"), seemsToBe: "an RTF document" },
  { bytes: [0x1f, 0x8b], seemsToBe: "a gzip archive" },
  { bytes: ascii("7z"), seemsToBe: "a 7-Zip archive" },
  { bytes: [0x7f, ...ascii("ELF")], seemsToBe: "a program (ELF)" },
  { bytes: ascii("SQLite format 3"), seemsToBe: "an SQLite database" },
];

/** What a ZIP archive holds, from the part names stored uncompressed in its headers. */
function zipKind(head: string): string {
  if (head.includes("word/")) return WORD_DOCUMENT;
  if (head.includes("xl/")) return "an Excel spreadsheet (.xlsx)";
  if (head.includes("ppt/")) return "a PowerPoint presentation (.pptx)";
  if (head.includes("opendocument.text")) return "an OpenDocument text (.odt)";
  if (head.includes("epub")) return "an EPUB book";
  return "a ZIP archive";
}

// How much of a file is looked at: enough for every signature, the first part names of a
// ZIP, and a fair sample of the text.
const HEAD = 8192;

function matches(codes: ArrayLike<number>, sig: Signature, lenient: boolean): boolean {
  const at = sig.offset ?? 0;
  return sig.bytes.every((b, i) => {
    if (b === null) return true;
    const c = codes[at + i];
    // In decoded text a byte above 0x7f that was not UTF-8 became U+FFFD.
    return c === b || (lenient && b > 0x7f && c === 0xfffd);
  });
}

function verdict(codes: ArrayLike<number>, headText: () => string, lenient: boolean): NotText | null {
  const sig = SIGNATURES.find((s) => matches(codes, s, lenient));
  if (sig) {
    const seemsToBe = sig.seemsToBe === "a ZIP archive" ? zipKind(headText()) : sig.seemsToBe;
    return seemsToBe === WORD_DOCUMENT ? { seemsToBe, word: true } : { seemsToBe };
  }
  return null;
}

/** Control characters no story text holds (tab, newlines, form feed and escape excepted). */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1b;
}

const BINARY_SHARE = 0.02;
const INVALID_SHARE = 0.05;
// Bytes that are not UTF-8 are read as Windows-1252 (electron/library/import/decodeText.ts):
// Western text has a few such bytes (accents, curly quotes). Where they are most of the text
// it is another single-byte encoding (Cyrillic, Greek), which that reading would garble.
const SINGLE_BYTE_SHARE = 0.25;

/** Counts the bytes that are not part of a well-formed UTF-8 sequence. */
function invalidUtf8Bytes(bytes: Uint8Array, end: number): number {
  let invalid = 0;
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      // A sequence cut off by the sample's end is not held against the file.
      if (i + k >= end) break;
      if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    }
    if (ok) i += need + 1;
    else {
      invalid++;
      i++;
    }
  }
  return invalid;
}

/** Sniff raw file bytes: null when they read as text, else what the file seems to be. */
export function sniffBytes(bytes: Uint8Array): NotText | null {
  const end = Math.min(bytes.length, HEAD);
  const head = () => String.fromCharCode(...bytes.subarray(0, end));
  const signed = verdict(bytes, head, false);
  if (signed) return signed;
  // UTF-16 text carries NULs by design; its BOM says so, and it is decoded as text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  let controls = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) return { seemsToBe: "a binary file (it contains NUL bytes)" };
    if (isBinaryControl(bytes[i])) controls++;
  }
  if (end > 0 && controls / end > BINARY_SHARE) return { seemsToBe: "a binary file (control bytes)" };
  if (end > 0 && invalidUtf8Bytes(bytes, end) / end > SINGLE_BYTE_SHARE)
    return {
      seemsToBe:
        "binary data or text in an encoding other than UTF-8, UTF-16 or Windows-1252 (most bytes are not valid UTF-8)",
    };
  return null;
}

/** Sniff text already decoded (as the service receives it): the same verdicts, from characters. */
export function sniffText(text: string): NotText | null {
  const sample = text.slice(0, HEAD);
  const codes = Array.from({ length: Math.min(sample.length, 32) }, (_, i) => sample.charCodeAt(i));
  const signed = verdict(codes, () => sample, true);
  if (signed) return signed;
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { seemsToBe: "a binary file (it contains NUL bytes)" };
    if (isBinaryControl(c)) controls++;
    if (c === 0xfffd) replaced++;
  }
  if (sample.length > 0 && controls / sample.length > BINARY_SHARE)
    return { seemsToBe: "a binary file (control bytes)" };
  if (sample.length > 0 && replaced / sample.length > INVALID_SHARE)
    return {
      seemsToBe: "binary data or text in an encoding other than UTF-8 (many bytes are not valid UTF-8)",
    };
  return null;
}

/** The message an editor sees for a refused file. */
export function notTextMessage(fileName: string, found: NotText): string {
  return `${fileName} was not imported: it seems to be ${found.seemsToBe}, not a story in text, Markdown or HTML.`;
}
