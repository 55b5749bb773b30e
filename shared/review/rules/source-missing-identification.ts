// On first reference a reader needs to know who a speaker is: a title, role or affiliation
// ("Foreign ministry spokeswoman Maria Zakharova", "Ruben Vardanyan, a former state minister").
// Speakers come from quote detection and from "Firstname Lastname said" paraphrase attribution.
import { IDENTIFYING_WORDS as ROLE_WORDS } from "../../language/roles.ts";
import { namedSpeakers } from "../namedSpeakers.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]/g, "");
  return ROLE_WORDS.has(w) || /^(?:\w+(?:ist|ian|ary)|co-\w+|ex-\w+|former|acting|interim|deputy)$/.test(w);
}

/** The identification after a name: an appositive, an age then appositive, or "of/from/at Org". */
const AFTER =
  /^(?:,\s*\d{1,3}(?=,))?(?:,\s*(?:a|an|the|who|whose|his|her|its|their|one|both|[A-Z][\w.-]*['’]s)\b|\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]|\s*\()/;

function identified(context: ReviewContext, at: number, name: string): boolean {
  if (name.split(/\s+/).some(isRoleWord)) return true;
  const sentenceStart = context.sentenceAt(at).start;
  const before = context.text
    .slice(Math.max(sentenceStart, at - 80), at)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-5);
  if (before.some((w) => isRoleWord(w) || /['’]s$/.test(w))) return true;
  const after = context.text.slice(at + name.length, at + name.length + 80);
  if (AFTER.test(after)) return true;
  // ", the former minister" is covered above; ", former state minister" and similar role phrases:
  const appositive = /^,\s*((?:[\w-]+\s+){0,4}[\w-]+)/.exec(after);
  return appositive !== null && appositive[1].split(/\s+/).some(isRoleWord);
}

/**
 * Each mention of a surname with the capitalised words written before it ("Township Supervisor
 * Dan Okafor"). Finds the surname with a plain search and walks back, rather than a regex that
 * retries at every capital of a long story.
 */
function mentionsOf(text: string, surname: string): { at: number; written: string }[] {
  const found: { at: number; written: string }[] = [];
  const re = new RegExp(String.raw`\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = /(?:\b[A-Z][\w'’-]*\s+)*$/.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const at = m.index - (lead ? lead[0].length : 0);
    found.push({ at, written: text.slice(at, m.index + m[0].length) });
  }
  return found;
}

export const sourceMissingIdentification: ReviewRule = {
  id: "source-missing-identification",
  severity: "warning",
  description: "A source's first reference gives no title, role or affiliation.",
  check(context: ReviewContext): FindingDraft[] {
    const names = namedSpeakers(context);
    const drafts: FindingDraft[] = [];
    const seenSurnames = new Set<string>();
    for (const name of names) {
      const surname = name.split(/\s+/).pop() as string;
      if (seenSurnames.has(surname)) continue;
      seenSurnames.add(surname);
      // The first reference is the first time any part of the name that identifies them appears.
      // A feature may name someone in the lede and say who they are a paragraph later ("Nowak, 71,
      // a retired bus mechanic"): identification at any mention counts; the finding sits at the first.
      const mentions = mentionsOf(context.text, surname);
      if (mentions.length === 0) continue;
      if (mentions.some((m) => identified(context, m.at, m.written))) continue;
      const { at, written } = mentions[0];
      drafts.push({
        start: at,
        end: at + written.length,
        message: `${written} is first named here with no title, role or affiliation: tell the reader who they are.`,
        fix: { label: "Add a title, role or affiliation on first reference" },
      });
    }
    return drafts;
  },
};
