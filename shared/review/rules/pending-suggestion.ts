// A suggested edit nobody has accepted or rejected yet: the story is not settled, so each one is
// a blocker at the publish gate. The finding sits where the suggestion is (a deletion has no
// text of its own in the review's text, so its finding is a place, not a span) and names its words.
import { formatChange, pendingSuggestions } from "../../document/suggestions.ts";
import { bodyText } from "../../document/text.ts";
import type { FindingDraft, ReviewContext, ReviewRule } from "../types.ts";

export const PENDING_SUGGESTION_RULE_ID = "pending-suggestion";

const shorten = (text: string) => {
  const words = text.replace(/\s+/g, " ").trim();
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
};

export const pendingSuggestion: ReviewRule = {
  id: PENDING_SUGGESTION_RULE_ID,
  severity: "blocker",
  description: "A suggested edit is still waiting to be accepted or rejected.",
  check(context: ReviewContext): FindingDraft[] {
    const pending = pendingSuggestions(context.body);
    if (pending.length === 0) return [];
    const parts = bodyText(context.body).suggestions;
    return pending.map((suggestion) => {
      const mine = parts.filter((p) => p.suggestionId === suggestion.id);
      const start = mine[0]?.start ?? 0;
      const end = mine[mine.length - 1]?.end ?? start;
      const words = shorten(suggestion.text);
      const who = suggestion.author || "Someone";
      const { formatting } = suggestion;
      const what = formatting ? formatChange(formatting.format, formatting.on) : suggestion.kind;
      const suggested =
        suggestion.kind === "break"
          ? `${who} suggested a paragraph break here`
          : suggestion.kind === "join"
            ? `${who} suggested joining two paragraphs here`
            : formatting
              ? `${who} suggested formatting "${words}" (${what})`
              : `${who} suggested to ${what} "${words}"`;
      return {
        start,
        end,
        excerpt: `${what}: ${words}`,
        message: `${suggested}: accept or reject it before the story goes out.`,
      };
    });
  },
};
