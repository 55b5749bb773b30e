// A name spelled one way in the story and another in the source record (or two ways in the same
// story) is a correction waiting to happen. Speakers come from quote detection and paraphrase
// attribution ("Katharine Doyle says"); the comparison is
// the quote module's matchSourceName, so the editor's "did you mean" and the review agree.
import { namedSpeakers } from "../named-speakers.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

function tokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);
}

/** "Zakharova" for "Maria Zakharova": a shorter reference to the same spelling is not a mismatch. */
function sameSpelling(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  const inA = new Set(ta);
  const inB = new Set(tb);
  return ta.every((t) => inB.has(t)) || tb.every((t) => inA.has(t));
}

/** Offset of the first occurrence of a name, outside quoted words if possible. */
function firstMention(context: ReviewContext, name: string): number {
  const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\\b`, "g");
  let fallback = -1;
  for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
    if (!context.isQuoted(m.index)) return m.index;
    if (fallback < 0) fallback = m.index;
  }
  return fallback;
}

export const sourceNameMismatch: ReviewRule = {
  id: "source-name-mismatch",
  severity: "warning",
  description: "A speaker spelled differently from the source record or elsewhere in the story.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const speakers = namedSpeakers(context);
    const flagged = new Set<string>();
    const flag = (name: string, message: string, replacement: string): void => {
      const at = firstMention(context, name);
      if (at < 0 || flagged.has(name)) return;
      flagged.add(name);
      drafts.push({
        start: at,
        end: at + name.length,
        message,
        fix: { label: `Spell it "${replacement}"`, replacement },
      });
    };
    // Against the library: the source record is the checked spelling.
    for (const name of speakers) {
      if (context.sources.some((s) => sameSpelling(name, s.name))) continue;
      const match = context.matchSource(name);
      if (match && !match.exact) {
        flag(
          name,
          `"${name}" nearly matches the source "${match.source.name}" on file: check the spelling.`,
          match.source.name,
        );
      }
    }
    // Within the story: two near-identical speakers are probably one person spelled two ways.
    for (let i = 0; i < speakers.length; i++) {
      const name = speakers[i];
      if (flagged.has(name)) continue;
      const others = speakers.filter((other, j) => j !== i && !sameSpelling(name, other));
      const match = others.length ? context.matchName(name, others) : null;
      if (!match || match.exact) continue;
      // Flag the later spelling: the first one is usually the one the reporter checked.
      const later = firstMention(context, name) > firstMention(context, match.name) ? name : match.name;
      const earlier = later === name ? match.name : name;
      flag(
        later,
        `"${later}" and "${earlier}" look like one name spelled two ways: check which is right.`,
        earlier,
      );
    }
    return drafts;
  },
};
