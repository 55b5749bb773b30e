// How sure the detector is of a quotation and its speaker together, 0..1.

import type { QuoteKind } from "./types.ts";
import type { Cue } from "./cues.ts";
import type { Speaker } from "./coref.ts";

export function scoreConfidence(
  kind: QuoteKind,
  closed: boolean,
  cue: Cue | null,
  speaker: Speaker | null,
): number {
  let c: number;
  if (!speaker)
    c = cue ? 0.3 : 0.2; // a cue with no antecedent ("They said") or a scare quote
  else if (speaker.via === "inherited") c = 0.65;
  else if (speaker.via === "ranked") c = 0.5;
  else if (!speaker.certain) c = 0.4;
  else if (speaker.via === "named") c = 0.92;
  else if (speaker.via === "surname") c = 0.85;
  else if (speaker.via === "body") c = 0.85;
  else if (speaker.via === "role") c = 0.7;
  else c = 0.72; // resolved pronoun, group
  if (cue && !cue.speech) c -= 0.1; // framing verbs ("called it …") are weaker attribution
  if (kind === "partial") c -= 0.08;
  if (!closed) c -= 0.1;
  return Math.round(Math.max(0.05, Math.min(1, c)) * 100) / 100;
}
