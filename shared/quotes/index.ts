// Quote detection: finds quotations in an article's plain text and who said them.
export type { DetectedQuote, QuoteKind, SpeakerCandidate, SpeakerKind } from "./types.ts";
export { detectQuotes } from "./detect.ts";
export { matchSourceName, type SourceCandidate, type SourceMatch } from "./sourceMatch.ts";
