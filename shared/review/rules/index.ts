// The registered rules, in the order the review runs them. Adding a rule is adding its module
// here; ids are fixed because other tools (the UI, the CLI, stored sign-offs) read them.
import type { ReviewRule } from "../types.ts";
import { anonymousSourceUnexplained } from "./anonymous-source-unexplained.ts";
import { captionMissingCredit } from "./caption-missing-credit.ts";
import { figureMissingAlt } from "./figure-missing-alt.ts";
import { ellipsisInQuote } from "./ellipsis-in-quote.ts";
import { hedgeWord } from "./hedge-word.ts";
import { loadedAttributionVerb } from "./loaded-attribution-verb.ts";
import { placeAsSpeaker } from "./place-as-speaker.ts";
import { quoteInsertion } from "./quote-insertion.ts";
import { saidTenseMix } from "./said-tense-mix.ts";
import { singleSourceStory } from "./single-source-story.ts";
import { sourceMissingIdentification } from "./source-missing-identification.ts";
import { sourceNameMismatch } from "./source-name-mismatch.ts";
import { unattributedStatistic } from "./unattributed-statistic.ts";
import { unclosedQuote } from "./unclosed-quote.ts";
import { untaggedQuote } from "./untagged-quote.ts";
import { unverifiedSocialSource } from "./unverified-social-source.ts";
import { vagueAttribution } from "./vague-attribution.ts";

export const RULES: readonly ReviewRule[] = [
  untaggedQuote,
  unclosedQuote,
  anonymousSourceUnexplained,
  unverifiedSocialSource,
  hedgeWord,
  vagueAttribution,
  quoteInsertion,
  ellipsisInQuote,
  placeAsSpeaker,
  loadedAttributionVerb,
  sourceNameMismatch,
  sourceMissingIdentification,
  captionMissingCredit,
  figureMissingAlt,
  singleSourceStory,
  saidTenseMix,
  unattributedStatistic,
];
