// The review engine's public shapes: what goes in (an article and its sources), what comes out
// (findings), and what a rule module looks like. Other tools read `rule` ids and `id`s, so both are
// part of the contract.
import type { ArticleBody } from "../document/nodes.ts";
import type { Attributed } from "../document/text.ts";
import type { DetectedQuote } from "../quotes/types.ts";
import type { StyleRule } from "./style/rule.ts";

export type Severity = "blocker" | "warning" | "note";

export type SourceStanding = "on-record" | "background" | "anonymous";

export type ReachedVia =
  "in-person" | "phone" | "email" | "statement" | "press-conference" | "social-media" | "document";

/** A library source relevant to the article, as the review needs it. */
export interface ReviewSource {
  id: string;
  name: string;
  title: string;
  organization: string;
  standing: SourceStanding;
  /** Why the paper agreed not to name the source; required for anonymous sources. */
  anonymityReason: string | null;
  reachedVia: ReachedVia;
  /** The platform or account the source was reached on ("Telegram", "@handle"), if any. */
  platform: string | null;
  verified: boolean;
}

export interface ReviewInput {
  body: ArticleBody;
  sources: ReviewSource[];
  /** Quotes already detected in bodyText(body).text; detected afresh when absent. */
  detected?: DetectedQuote[];
  /** The library's house style sheet; none when absent. */
  houseStyle?: readonly StyleRule[];
  /** Placeholder markers ("TK"); the default markers when absent. */
  placeholders?: readonly string[];
}

export interface FindingFix {
  label: string;
  /** Text to put in place of text.slice(start, end), when the fix is mechanical. */
  replacement?: string;
  /** Who the detector says spoke the quotation, when the fix is to tag it to them. */
  speaker?: string;
}

export interface Finding {
  /** rule + hash of the excerpt + occurrence index: survives edits elsewhere in the story. */
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  excerpt: string;
  /** Offsets into bodyText(body).text. */
  start: number;
  end: number;
  fix?: FindingFix;
}

/** What a rule reports; the engine adds id, rule, severity and (by default) the excerpt. */
export interface FindingDraft {
  start: number;
  end: number;
  message: string;
  excerpt?: string;
  fix?: FindingFix;
}

export interface Span {
  start: number;
  end: number;
}

/** A paragraph-like stretch of the plain text (blocks are separated by a blank line). */
export interface Paragraph extends Span {
  text: string;
}

export interface FigureInfo {
  /** Index of the figure among the root's children. */
  index: number;
  /** The figure's position in the plain text (it contributes no text of its own). */
  at: number;
  caption: string;
  credit: string;
  alt: string;
}

/** A name in the story matched against the library's sources. */
export interface SourceNameMatch {
  source: ReviewSource;
  /** False for a near miss ("Ruen Vardanyan" for "Ruben Vardanyan"). */
  exact: boolean;
  distance: number;
}

/** The quote module's functions the review depends on, injected so rules test without them. */
export interface ReviewDependencies {
  detectQuotes(text: string): DetectedQuote[];
  matchSourceName(
    name: string,
    candidates: { id: string; name: string }[],
  ): { id: string; name: string; exact: boolean; distance: number } | null;
}

/** Everything a rule may look at, computed once per review. */
export interface ReviewContext {
  text: string;
  body: ArticleBody;
  paragraphs: Paragraph[];
  /** Sentences of every paragraph, in text order. */
  sentences: Span[];
  figures: FigureInfo[];
  /** Heading blocks' spans: headlines carry no attribution by style. */
  headings: Span[];
  detected: DetectedQuote[];
  /** Tagged quotations, each with its source when the id is among the review's sources. */
  tagged: Attributed<ReviewSource>[];
  sources: ReviewSource[];
  sourceById: ReadonlyMap<string, ReviewSource>;
  /** The library source a name in the story refers to, exactly or as a near miss. */
  matchSource(name: string): SourceNameMatch | null;
  /** Compare two names the way matchSource does (for names within one story). */
  matchName(name: string, candidates: string[]): { name: string; exact: boolean } | null;
  /** True when the offset falls inside quoted words (detected marks or a tagged quotation). */
  isQuoted(offset: number): boolean;
  /** The paragraph holding an offset (the nearest one before it when the offset is a separator). */
  paragraphAt(offset: number): Paragraph;
  /** The sentence holding an offset. */
  sentenceAt(offset: number): Span;
}

export interface ReviewRule {
  id: string;
  severity: Severity;
  /** One line for the rule list in the UI and the CLI's --help. */
  description: string;
  check(context: ReviewContext): FindingDraft[];
}

/** An editor's sign-off on a finding (stored by the library; the review only filters with it). */
export interface SignOff {
  findingId: string;
  rule: string;
  excerpt: string;
  by: string;
  /** ISO 8601 timestamp. */
  at: string;
  note: string;
  /** "sign-off": the editor checked and accepts it; "override": recorded when the publish gate was forced. */
  kind: "sign-off" | "override";
}
