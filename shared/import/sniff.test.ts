// Content sniffing: what a file seems to be, from its bytes (CLI, renderer) or its decoded text (service).
import { describe, expect, it } from "vitest";
import { sniffBytes, sniffText } from "./sniff.ts";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
// How a browser's file.text() hands bytes over: invalid UTF-8 becomes U+FFFD.
const asDecoded = (b: Uint8Array) => new TextDecoder().decode(b);

const SAMPLES: [string, Uint8Array, RegExp][] = [
  [
    "docx",
    bytes("PK", [3, 4, 20, 0, 6, 0], "[Content_Types].xml", [0, 0], "word/document.xml"),
    /Word document/,
  ],
  ["zip", bytes("PK", [3, 4, 20, 0], "notes/a.txt", [0, 0, 0]), /ZIP archive/],
  ["pdf", bytes("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj"), /PDF/],
  ["png", bytes([0x89], "PNG", [13, 10, 26, 10, 0, 0, 0, 13], "IHDR"), /PNG image/],
  ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF", [0]), /JPEG image/],
  ["gif", bytes("GIF89a", [1, 0, 1, 0, 0x80, 0, 0]), /GIF image/],
  ["webp", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), /WebP image/],
  ["doc", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Word/],
  ["nul", bytes("Harbour plan", [0, 0, 0], "approved"), /NUL bytes/],
];

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

describe("sniffBytes and sniffText", () => {
  it.each(SAMPLES)("refuse %s, saying what it seems to be", (_name, sample, what) => {
    expect(sniffBytes(sample)?.seemsToBe).toMatch(what);
    // Decoded text loses the exact high bytes; it is refused all the same.
    expect(sniffText(asDecoded(sample))).not.toBeNull();
  });

  it("name the common formats from decoded text too", () => {
    for (const [name, sample, what] of SAMPLES.filter(([n]) => ["docx", "pdf", "png", "jpeg"].includes(n)))
      expect(sniffText(asDecoded(sample))?.seemsToBe, name).toMatch(what);
  });

  it("refuse random bytes", () => {
    const noise = randomBytes(4096).map((b) => (b === 0 ? 1 : b)); // no NUL: the UTF-8 share decides
    expect(sniffBytes(noise)?.seemsToBe).toMatch(/not valid UTF-8|control bytes/);
    expect(sniffText(asDecoded(noise))?.seemsToBe).toMatch(/not valid UTF-8|control bytes/);
  });

  it("let stories through, in any script, with a BOM, tabs and form feeds", () => {
    const stories = [
      "Harbour plan approved\n\nThe council voted 7-2 on Monday.\n",
      "\ufeffBAKU, Sept 19 (Reuters) – «Началась операция», — сказал он.\f\n\tNext page.",
      "<!doctype html><html><body><p>PKK leaders met on Monday.</p></body></html>",
      "# Notes\n\n%PDF is how a PDF starts, and GIF8 a GIF — in the middle of a line.",
      "",
    ];
    for (const story of stories) {
      expect(sniffBytes(new TextEncoder().encode(story))).toBeNull();
      expect(sniffText(story)).toBeNull();
    }
  });

  it("let a Latin-1 story with a few accented bytes through", () => {
    const latin1 = bytes("The caf", [0xe9], " on the quay reopened on Monday, its owner said. ".repeat(4));
    expect(sniffBytes(latin1)).toBeNull();
  });
});
