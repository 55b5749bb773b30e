// Test support: a source and a review sign-off as the library hands them out.
import type { SignOffRecord, Source } from "./sourceSchemas.ts";

/** A library source (Maria Zakharova, on the record), with any fields changed. */
export const librarySource = (changes: Partial<Source> = {}): Source => ({
  id: "s1",
  name: "Maria Zakharova",
  kind: "person",
  title: "Spokeswoman",
  organization: "Russian foreign ministry",
  reachedVia: "press-conference",
  platform: "",
  handle: "",
  standing: "on-record",
  anonymityReason: "",
  verified: true,
  verifiedBy: "",
  verifiedAt: "",
  verifiedHow: "",
  contactNotes: "private number",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  quoteCount: 2,
  ...changes,
});

/** A sign-off of a finding, with any fields changed. */
export const signOffRecord = (changes: Partial<SignOffRecord>): SignOffRecord => ({
  id: "r1",
  articleId: "a1",
  findingId: "hedge-word:abc:0",
  rule: "hedge-word",
  excerpt: "purportedly",
  kind: "sign-off",
  by: "alice",
  at: "2026-01-01T10:00:00Z",
  note: "Confirmed with agency",
  ...changes,
});
