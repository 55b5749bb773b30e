// A text file's bytes as text. Word on Windows saves "Unicode" text as UTF-16 with a byte-order
// mark, and older tools write Windows-1252 (curly quotes as single bytes 0x91-0x94): both
// are read as what they are rather than turned into U+FFFD. Without a BOM, bytes that are
// well-formed UTF-8 are UTF-8; anything else is taken as Windows-1252, the web's fallback
// for Western text (WHATWG Encoding), which ISO-8859-1 files read correctly under too.

export type StoryEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export function storyEncoding(bytes: Uint8Array): StoryEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** The file's text, its byte-order mark dropped. */
export function decodeStoryBytes(bytes: Uint8Array): string {
  return new TextDecoder(storyEncoding(bytes)).decode(bytes);
}
