// A name spelled one way in the story and another in the source record (or two ways in the same
// story) is a correction waiting to happen. Speakers come from quote detection and paraphrase
// attribution ("Katharine Doyle says"); the comparison is
// the quote module's matchSourceName, so the editor's "did you mean" and the review agree.
import { namedSpeakers } from "../namedSpeakers.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";
import { NameIndex, sameSpelling } from "./source-name-mismatch-index.ts";

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
    const speakers = new NameIndex(namedSpeakers(context));
    const sources = new NameIndex(context.sources.map((s) => s.name));
    const mentions = new Map<string, number>();
    const mentionOf = (name: string): number => {
      if (!mentions.has(name)) mentions.set(name, firstMention(context, name));
      return mentions.get(name)!;
    };
    const flagged = new Set<string>();
    const flag = (name: string, message: string, replacement: string): void => {
      const at = mentionOf(name);
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
    for (const speaker of speakers.names) {
      const name = speaker.name;
      if (sources.hasSameSpelling(speaker)) continue;
      // The same comparison as context.matchSource, over the sources that share a name part.
      const near = sources.candidates(name).map((j) => context.sources[j]);
      const match = near.length
        ? context.matchName(
            name,
            near.map((s) => s.name),
          )
        : null;
      if (match && !match.exact) {
        flag(
          name,
          `"${name}" nearly matches the source "${match.name}" on file: check the spelling.`,
          match.name,
        );
      }
    }
    // Within the story: two near-identical speakers are probably one person spelled two ways.
    speakers.names.forEach((speaker, i) => {
      const name = speaker.name;
      if (flagged.has(name)) return;
      const others = speakers
        .candidates(name)
        .filter((j) => j !== i && !sameSpelling(speaker, speakers.names[j]))
        .map((j) => speakers.names[j].name);
      const match = others.length ? context.matchName(name, others) : null;
      if (!match || match.exact) return;
      // Flag the later spelling: the first one is usually the one the reporter checked.
      const later = mentionOf(name) > mentionOf(match.name) ? name : match.name;
      const earlier = later === name ? match.name : name;
      flag(
        later,
        `"${later}" and "${earlier}" look like one name spelled two ways: check which is right.`,
        earlier,
      );
    });
    return drafts;
  },
};
