// Two revisions compared word by word (issue 18): headline, dek and body text, each as runs of
// kept, inserted and deleted words. The diff is jsdiff's diffWords, not a home-made one.
import { diffWords } from "diff";
import type { ArticleBody } from "../document/nodes.ts";
import { plainText } from "../document/text.ts";

export interface DiffPart {
  kind: "same" | "inserted" | "deleted";
  text: string;
}

export interface FieldDiff {
  parts: DiffPart[];
  /** Words inserted and deleted (whitespace does not count). */
  inserted: number;
  deleted: number;
}

export interface RevisionSide {
  headline: string;
  dek: string;
  body: ArticleBody;
}

export interface RevisionComparison {
  headline: FieldDiff;
  dek: FieldDiff;
  body: FieldDiff;
}

const wordsIn = (text: string) => text.match(/\S+/g)?.length ?? 0;

export function compareText(before: string, after: string): FieldDiff {
  const parts: DiffPart[] = diffWords(before, after).map((change) => ({
    kind: change.added ? "inserted" : change.removed ? "deleted" : "same",
    text: change.value,
  }));
  const count = (kind: DiffPart["kind"]) =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + wordsIn(p.text), 0);
  return { parts, inserted: count("inserted"), deleted: count("deleted") };
}

/** From `older` to `newer`: what was inserted and what deleted. */
export function compareRevisions(older: RevisionSide, newer: RevisionSide): RevisionComparison {
  return {
    headline: compareText(older.headline, newer.headline),
    dek: compareText(older.dek, newer.dek),
    body: compareText(plainText(older.body), plainText(newer.body)),
  };
}
