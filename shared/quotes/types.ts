// What quote detection reports. Offsets are into the plain text it was given
// (for a stored article, the text of shared/document/text.ts bodyText()).

export type QuoteKind = "full" | "partial";

/** Who the detector thinks spoke: a person or a body (ministry, company, country). */
export type SpeakerKind = "person" | "body";

export interface SpeakerCandidate {
  name: string;
  kind: SpeakerKind;
  score: number;
}

export interface DetectedQuote {
  /** The quoted words without the enclosing marks; always text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Span including the quotation marks; `markEnd` equals `end` when the quote never closes. */
  markStart: number;
  markEnd: number;
  /** False when an opening mark is never closed (the newspaper run-on convention excepted). */
  closed: boolean;
  kind: QuoteKind;
  /** The fullest name or body the story gives for the speaker, or null when none fits. */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /**
   * Who else may have said it, best first (the first is `speaker` when there is one), each with
   * a 0..1 score: what the editor's one-click choice offers.
   */
  candidates?: SpeakerCandidate[];
  /** The attribution words that tie the quote to its speaker ("she said", "according to"). */
  cue: string | null;
  /** Span of the cue in the text, when there is one. */
  cueStart: number | null;
  cueEnd: number | null;
  /** Social platform named in the attribution ("said on Telegram" gives "Telegram"). */
  channel: string | null;
  /** 0..1: how sure the detector is of the quotation and its speaker together. */
  confidence: number;
  /** The quoted words per paragraph: one part, or several for a quote run on over paragraphs. */
  parts?: { start: number; end: number }[];
}
