// People the story attributes words to by name: detected quote speakers, and "Firstname Lastname
// said/admitted/wrote ..." paraphrase attribution. Shared by the rules that check a speaker's
// identification and spelling, so both see the same people.
import { PLACE_NAMES } from "./lexicon/places.ts";
import { ATTRIBUTION_VERB_PATTERN as SPEECH_VERBS } from "../language/speechVerbs.ts";
import { NOT_PERSON_WORDS } from "../language/organisations.ts";
import { matchesOutsideQuotes } from "./matching.ts";
import type { ReviewContext } from "./types.ts";

const PLACES = new Set(PLACE_NAMES);

/** Paraphrase verbs, neutral or loaded: "Tom Becker admitted that ..." names a speaker too. */
const VERBS = `${SPEECH_VERBS}|admitted|admits|claimed|claims|insisted|insists|conceded|concedes|acknowledged|acknowledges|wrote`;
const NAME = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?`;
const NAMED_SAYS = new RegExp(String.raw`\b(${NAME}(?:\s+${NAME})+)\s+(?:${VERBS})\b`, "g");

export function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  // "The Kremlin", "The Red Cross": an article makes it a body, not a person's name.
  if (/^the$/i.test(words[0])) return false;
  return !PLACES.has(name) && !words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()) || PLACES.has(w));
}

/** Distinct person names, in the order the review meets them: quote speakers first. */
export function namedSpeakers(context: ReviewContext): string[] {
  const names: string[] = [];
  for (const q of context.detected) {
    if (q.speaker && q.speakerKind === "person" && looksLikePerson(q.speaker) && !names.includes(q.speaker))
      names.push(q.speaker);
  }
  for (const m of matchesOutsideQuotes(context, NAMED_SAYS)) {
    const name = m[1];
    // "the Red Cross said", "of the Interior Ministry said": an organisation, not a person.
    if (/\b(?:the|of|at|for|from|by)\s+$/i.test(context.text.slice(Math.max(0, m.index - 6), m.index)))
      continue;
    if (looksLikePerson(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
