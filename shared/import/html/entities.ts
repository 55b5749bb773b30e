// Character references in HTML text and attribute values. Exported pages only use &amp; &lt;
// &gt; &quot;, but hand-made "clean" HTML brings typographic names and numeric references.

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  sbquo: "\u201a",
  bdquo: "\u201e",
  laquo: "\u00ab",
  raquo: "\u00bb",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  deg: "\u00b0",
  middot: "\u00b7",
  bull: "\u2022",
  times: "\u00d7",
  divide: "\u00f7",
  euro: "\u20ac",
  pound: "\u00a3",
  yen: "\u00a5",
  cent: "\u00a2",
  sect: "\u00a7",
  para: "\u00b6",
  shy: "\u00ad",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  zwj: "\u200d",
  zwnj: "\u200c",
  prime: "\u2032",
  Prime: "\u2033",
  frac12: "\u00bd",
  frac14: "\u00bc",
  eacute: "\u00e9",
  egrave: "\u00e8",
  aacute: "\u00e1",
  agrave: "\u00e0",
  oacute: "\u00f3",
  uuml: "\u00fc",
  ouml: "\u00f6",
  auml: "\u00e4",
  ccedil: "\u00e7",
  ntilde: "\u00f1",
  szlig: "\u00df",
};

// Legacy names browsers accept without the closing semicolon.
const BARE = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

// Numeric references in 0x80–0x9F mean Windows-1252 characters, as browsers read them.
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac,
  0x85: 0x2026,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x99: 0x2122,
};

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)(;?)/g,
    (whole, ref: string, semi: string) => {
      if (ref.startsWith("#")) {
        const hex = ref[1] === "x" || ref[1] === "X";
        return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      if (ref in NAMED && (semi === ";" || BARE.has(ref))) return NAMED[ref];
      return whole;
    },
  );
}
