// Where the fitted ranking may change what the rules decided: it names a speaker where the rules
// abstained on words that read as speech, and replaces a weak rule pick (an inherited speaker, a
// guess, a pronoun, an indirect cue) when it ranks someone else higher. A cue's resolved subject,
// an office the rules chose, a headline's own subject and words someone was heard saying stay with
// the rules.

import type { QuoteKind, SpeakerCandidate } from "./types.ts";
import type { Cue } from "./cues.ts";
import type { Speaker, Story } from "./coref.ts";
import { FEATURES, FILL_AT, OVERRIDE_BY, type FeatureName, type Row } from "./candidates.ts";

export function pickSpeaker(
  rule: Speaker | null,
  cue: Cue | null,
  candidates: SpeakerCandidate[],
  rows: Row[],
  story: Story,
  quote: { kind: QuoteKind; opensParagraph: boolean },
): Speaker | null {
  const top = candidates[0];
  if (!top) return rule;
  if (rule) {
    if (top.name === rule.name || !isWeak(rule, cue)) return rule;
    const own = candidates.find((c) => c.name === rule.name)?.score ?? 0;
    return top.score - own >= OVERRIDE_BY ? ranked(top, story) : rule;
  }
  const row = rows.find((r) => r.name === top.name);
  return top.score >= FILL_AT && mayFill(cue, quote, row) ? ranked(top, story) : null;
}

function isWeak(rule: Speaker, cue: Cue | null): boolean {
  if (rule.via === "role" || rule.via === "headline" || cue?.reported) return false;
  return (
    rule.via === "inherited" ||
    rule.via === "group" ||
    !rule.certain ||
    !cue ||
    !cue.direct ||
    cue.subject?.kind === "pronoun"
  );
}

/**
 * Words that read as someone's speech: a cue whose subject the rules could not resolve (but not a
 * description they refused, "the coroner said" in a story with no coroner, nor a "they" with no
 * antecedent), a full sentence, a quotation opening its paragraph, or a phrase woven into a
 * sentence whose subject is the candidate ("Dunmore described the plan as '…'"). A short phrase
 * with none of these is a scare quote.
 */
function mayFill(cue: Cue | null, quote: { kind: QuoteKind; opensParagraph: boolean }, top?: Row): boolean {
  const subject = cue?.subject;
  if (subject && (subject.kind === "role" || subject.kind === "group")) return false;
  if (subject?.kind === "pronoun" && !/^(?:he|she)$/.test(subject.name)) return false;
  if (cue || quote.kind === "full" || quote.opensParagraph) return true;
  const has = (f: FeatureName): boolean => !!top && top.x[FEATURES.indexOf(f)] === 1;
  return has("sameSentence") && has("subject") && !has("after");
}

function ranked(c: SpeakerCandidate, story: Story): Speaker {
  const gender = story.genders.get(c.name) ?? null;
  return { name: c.name, kind: c.kind, via: "ranked", certain: true, gender, country: null };
}

/** The editor's choices: the chosen speaker first, then the ranking's others. */
export function withChosen(candidates: SpeakerCandidate[], speaker: Speaker | null): SpeakerCandidate[] {
  if (!speaker) return candidates;
  const own = candidates.find((c) => c.name === speaker.name);
  const first = own ?? { name: speaker.name, kind: speaker.kind, score: 0 };
  return [first, ...candidates.filter((c) => c !== own)].slice(0, 5);
}
