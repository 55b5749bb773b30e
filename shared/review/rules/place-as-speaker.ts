// "Baku said", "Washington warned", "the Kremlin has cited": a city or building speaking for a
// government hides who actually spoke. Name the ministry or spokesperson where the story knows it.
import { escapeRegExp, PLACE_NAMES } from "../lexicon/places.ts";
import { matchesOutsideQuotes } from "../matching.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

const VERBS =
  "said|says|say|warned|warns|cited|cites|accused|accuses|claimed|claims|announced|announces|insisted|" +
  "denied|denies|stated|rejected|rejects|demanded|urged|urges|called|condemned|responded|threatened|" +
  "signaled|signalled|argued|blamed|vowed|welcomed|retorted|hit\\s+back|told|added|confirmed|insists|" +
  "countered|maintains|maintained|dismissed|protested|complained|charged|reacted|reiterated|believes";

const PLACE = PLACE_NAMES.map((p) =>
  escapeRegExp(p)
    .replace(/^the\\?\s/, "(?:the\\s+)?")
    .replace(/ /g, "\\s+"),
).join("|");

/** Place + optional auxiliary/adverb/time + speech verb. No hyphen after the place ("Baku-based"). */
const PLACE_SAYS = new RegExp(
  String.raw`(?<![\w-])(${PLACE})(?![\w-])(?:'s\s+government)?\s+` +
    String.raw`(?:(?:has|had|have|also|again|later|earlier|then|quickly|swiftly|on\s+\w+day|\w+day)\s+)*(?:${VERBS})\b`,
  "g",
);

/** Words before the place that make it a location or part of a longer name, not the subject. */
const NOT_SUBJECT =
  /(?:\b(?:in|from|to|at|of|near|outside|inside|toward|towards|into|across|via|with|by|for)\s+|[A-Z][\w'’-]*[ \t]+)$/;

export const placeAsSpeaker: ReviewRule = {
  id: "place-as-speaker",
  severity: "note",
  description: "A capital or seat of power standing in for a government; name who spoke.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const m of matchesOutsideQuotes(context, PLACE_SAYS)) {
      const before = context.text.slice(Math.max(0, m.index - 30), m.index);
      const sentenceStart = context.sentenceAt(m.index).start;
      // A capitalised word right before is part of a name ("Denzel Washington said") — unless it is
      // the sentence's own first word ("The Kremlin" matches with its article).
      const prior = NOT_SUBJECT.exec(before);
      if (prior && !(m.index - prior[0].length <= sentenceStart && /^The\s+$/.test(prior[0]))) continue;
      const place = m[1].replace(/\s+/g, " ");
      drafts.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${place}" stands in for a government here: name the ministry, office or spokesperson if the story knows it.`,
        fix: { label: "Name who spoke for the government" },
      });
    }
    return drafts;
  },
};
