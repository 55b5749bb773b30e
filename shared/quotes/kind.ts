// Full quotation or fragment. A full quote is a sentence or clause of speech: it opens its
// sentence, follows a colon, or is introduced directly by a speech verb; fragments sit inside the
// writer's own sentence (urged the two countries to "end bloodshed", the separatist "regime").

import type { QuoteKind } from "./types.ts";
import type { Cue } from "./cues.ts";

export interface KindInput {
  quote: string;
  /** Text of the quote's sentence before its opening mark (after any earlier quote in it). */
  before: string;
  /** Text after the closing mark up to the sentence end or the next quote. */
  after: string;
  cue: Cue | null;
  /** The quote just before in the same sentence, when there is one. */
  previous: { kind: QuoteKind; quote: string } | null;
}

const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function classifyKind(k: KindInput): QuoteKind {
  const before = k.before.trim();
  const quote = k.quote.trim();
  if (/:$/.test(before)) return "full";
  // The second half of "…," she said, "…" continues the first.
  if (
    k.previous &&
    /,$/.test(before) &&
    /[,…—-]$/.test(k.previous.quote.trim()) &&
    k.cue?.side === "before"
  ) {
    return k.previous.kind;
  }
  const endsSentence = /^[\s.!?"”’')\]]*$/.test(k.after);
  if (k.cue?.side === "before" && k.cue.direct && k.cue.speech && words(quote) >= 4) {
    if (/^\p{Lu}/u.test(quote) || endsSentence) return "full";
  }
  if (before === "" && !k.previous) {
    const cueAfter = k.cue?.side === "after";
    if (cueAfter || words(quote) >= 4 || (/[,.!?]$/.test(quote) && /^\p{Lu}/u.test(quote))) return "full";
  }
  if (before === "" && k.previous && /^\p{Lu}/u.test(quote) && words(quote) >= 3) return "full";
  return "partial";
}
