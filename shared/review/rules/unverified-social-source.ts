// Words lifted from a social-media post are only as good as the account that posted them: the
// account must be verified before the quote runs. Found from the attribution ("said on
// Telegram", "posted on X") or from a tagged source reached via social media.
import { platformIn, SOCIAL_CUE } from "../lexicon/platforms.ts";
import { sourceFor } from "../quoteSource.ts";
import { overlap } from "../spans.ts";
import type { FindingDraft, ReviewContext, ReviewRule, Span } from "../types.ts";

/** The platform named in the attribution of the quote's sentence(s), outside quoted words. */
function socialChannel(
  context: ReviewContext,
  quote: Span & { markStart: number; markEnd: number },
): string | null {
  const from = context.sentenceAt(quote.markStart).start;
  const to = Math.max(context.sentenceAt(Math.max(quote.markEnd - 1, quote.markStart)).end, quote.markEnd);
  const window = context.text.slice(from, to);
  const re = new RegExp(SOCIAL_CUE.source, "g");
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (!context.isQuoted(from + m.index)) return platformIn(m[0]);
  }
  return null;
}

export const unverifiedSocialSource: ReviewRule = {
  id: "unverified-social-source",
  severity: "warning",
  description: "A quote obtained through social media whose source is not verified.",
  check(context: ReviewContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const quote of context.detected) {
      const channel = quote.channel ?? socialChannel(context, quote);
      const source = sourceFor(context, quote);
      const viaSocial = channel !== null || source?.reachedVia === "social-media";
      if (!viaSocial || source?.verified) continue;
      const where = channel ?? source?.platform ?? "social media";
      const who = source?.name ?? quote.speaker ?? "the speaker";
      drafts.push({
        start: quote.start,
        end: quote.end,
        message: `This quote comes from ${where}: verify that the account belongs to ${who} before it runs.`,
        fix: { label: "Verify the account and mark the source verified" },
      });
    }
    for (const tag of context.tagged) {
      const source = tag.source;
      if (!source || source.reachedVia !== "social-media" || source.verified) continue;
      if (drafts.some((d) => overlap(d, tag) > 0)) continue;
      drafts.push({
        start: tag.start,
        end: tag.end,
        message: `${source.name} was reached on ${source.platform ?? "social media"} and is not verified: verify the account before this quote runs.`,
        fix: { label: "Verify the account and mark the source verified" },
      });
    }
    return drafts;
  },
};
