// Attribution to nobody in particular ("officials said", "sources say", "it was said", "They said"
// with no one for "they" to be). A reader cannot weigh words whose speaker the story does not name.
import { ATTRIBUTION_VERB_PATTERN as SPEECH_VERBS } from "../../language/speechVerbs.ts";
import { matchesOutsideQuotes } from "../matching.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

const SAY =
  "said|say|says|told|claim|claims|claimed|believe|believes|warned|insist|insisted|suggest|suggested";
const GROUPS =
  "officials|sources|critics|experts|analysts|observers|insiders|diplomats|commentators|people|many|some|others|" +
  "reports";

/** "officials said", "some say", "Critics say": a faceless group with a speech verb. */
const GROUP_SAYS = new RegExp(String.raw`\b(${GROUPS})\s+(?:have\s+|had\s+|also\s+)?(?:${SAY})\b`, "gi");
/** "according to sources", "according to officials", "according to reports". */
const ACCORDING_TO = new RegExp(
  String.raw`\baccording\s+to\s+(?:some\s+|several\s+|unnamed\s+|local\s+)?(sources|officials|reports|experts|insiders|observers|critics)\b`,
  "gi",
);
/** "it was said", "it is reported", "it has been claimed": speech with the speaker taken out. */
const PASSIVE =
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:said|reported|claimed|alleged|suggested)\b(?!\s+to\b)/gi;
/** "They said", "they told reporters". */
const THEY_SAID = new RegExp(String.raw`\b(they)\s+(?:have\s+|had\s+|also\s+|later\s+)?(?:${SAY})\b`, "gi");

/** A plural who could be "they": people nouns or "X and Y". */
const PLURAL_PEOPLE =
  /\b(?:officials|residents|witnesses|police|protesters|protestors|students|workers|researchers|scientists|doctors|lawyers|ministers|leaders|members|soldiers|troops|families|parents|voters|villagers|farmers|activists|investigators|officers|judges|senators|lawmakers|legislators|teachers|analysts|economists|survivors|refugees|employees|executives|authorities|rescuers|firefighters|organizers|organisers|neighbors|neighbours|players|fans|men|women|children|spokesmen|spokespeople|representatives|both|the\s+(?:two|three|four|pair|couple|companies))\b/i;
const NAME_PAIR = /\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b/;
/** Plural speakers named with a speech verb: the antecedent a paragraph-opening "They" continues. */
const SPOKE = String.raw`[^.!?]{0,60}?\b(?:${SPEECH_VERBS})\b`;
const PLURAL_SPEAKERS = [new RegExp(PLURAL_PEOPLE.source + SPOKE, "i"), new RegExp(NAME_PAIR.source + SPOKE)];

/**
 * Capitalised only because they open the sentence, these still name no one: "Industry insiders
 * claim", "Government sources say", "Security officials said".
 */
const GENERIC_QUALIFIER =
  /^(?:Industry|Government|Security|Intelligence|Military|Western|Local|Administration|Company|Party|Diplomatic|Anonymous|Knowledgeable|Informed|Independent|Private|Political|Regional|Foreign|Top|High-ranking|Official)$/;

/** The qualifier before a group that makes it identifiable: "Pentagon officials", "Azerbaijani officials". */
function qualified(context: ReviewContext, at: number): boolean {
  const word = /([A-Z][\w'’.-]*)\s+$/.exec(context.text.slice(Math.max(0, at - 40), at));
  // A capitalised quantifier or article is not a qualifier ("Some officials", "The officials").
  return (
    word !== null &&
    !/^(?:Some|Many|Several|Other|Unnamed|Senior|Two|Three|Four|The|These|Those|Most|All)$/.test(word[1]) &&
    !GENERIC_QUALIFIER.test(word[1])
  );
}

function hasAntecedent(context: ReviewContext, at: number): boolean {
  const paragraph = context.paragraphAt(at);
  const earlier = context.text.slice(paragraph.start, at);
  if (PLURAL_PEOPLE.test(earlier) || NAME_PAIR.test(earlier)) return true;
  // Opening a paragraph, "They" can continue the previous paragraph's plural speakers.
  const index = context.paragraphs.indexOf(paragraph);
  const previous = index > 0 ? context.paragraphs[index - 1] : null;
  return earlier.trim() === "" && previous !== null && PLURAL_SPEAKERS.some((re) => re.test(previous.text));
}

export const vagueAttribution: ReviewRule = {
  id: "vague-attribution",
  severity: "warning",
  description: 'Attribution with no identifiable speaker ("officials said", "sources say", "They said").',
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const push = (start: number, end: number, message: string): void => {
      drafts.push({
        start,
        end,
        message,
        fix: { label: "Name the speaker, or say why they cannot be named" },
      });
    };
    for (const m of matchesOutsideQuotes(context, GROUP_SAYS)) {
      if (qualified(context, m.index)) continue;
      push(m.index, m.index + m[0].length, `"${m[0]}" does not say who is speaking: name them.`);
    }
    for (const m of matchesOutsideQuotes(context, ACCORDING_TO)) {
      push(m.index, m.index + m[0].length, `"${m[0]}" does not say who: name the ${m[1].toLowerCase()}.`);
    }
    for (const m of matchesOutsideQuotes(context, PASSIVE)) {
      push(m.index, m.index + m[0].length, `"${m[0]}" leaves out who said it: name the speaker.`);
    }
    for (const m of matchesOutsideQuotes(context, THEY_SAID)) {
      if (hasAntecedent(context, m.index)) continue;
      push(m.index, m.index + m[0].length, `"${m[0]}": it is not clear who "they" are. Name the speakers.`);
    }
    return drafts;
  },
};
