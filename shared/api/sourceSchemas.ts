// Sources (the people and bodies quoted), their quotes, and review sign-offs, as they
// cross the API.
import { z } from "zod";
import { taggedQuote } from "../document/quotations.ts";
import { id } from "./schemas.ts";

export const REACHED_VIA = [
  "in-person",
  "phone",
  "email",
  "statement",
  "press-conference",
  "social-media",
  "document",
] as const;
export const STANDINGS = ["on-record", "background", "anonymous"] as const;

export const REACHED_VIA_LABELS: Record<(typeof REACHED_VIA)[number], string> = {
  "in-person": "In person",
  phone: "Phone",
  email: "Email",
  statement: "Written statement",
  "press-conference": "Press conference",
  "social-media": "Social media",
  document: "Document",
};
export const STANDING_LABELS: Record<(typeof STANDINGS)[number], string> = {
  "on-record": "On the record",
  background: "On background",
  anonymous: "Anonymous",
};

const text = (max: number) => z.string().max(max);

/** What an editor records about a source. */
export const sourceFields = z.object({
  name: z.string().trim().min(1, "A source needs a name.").max(300),
  kind: z.enum(["person", "body"]),
  title: text(300),
  organization: text(300),
  reachedVia: z.enum(REACHED_VIA),
  platform: text(100),
  handle: text(200),
  standing: z.enum(STANDINGS),
  anonymityReason: text(2000),
  verified: z.boolean(),
  verifiedBy: text(200),
  verifiedAt: text(40),
  verifiedHow: text(1000),
  /** Private: never exported, never leaves the machine. */
  contactNotes: text(10_000),
});

export const source = sourceFields.extend({
  id,
  createdAt: z.string(),
  updatedAt: z.string(),
  quoteCount: z.number().int(),
});

/** A tagged quotation as the library remembers it (derived from article bodies on save). */
export const quoteRecord = taggedQuote.extend({
  articleId: id,
  headline: z.string(),
  articleUpdatedAt: z.string(),
});

export const signOff = z.object({
  id,
  articleId: id,
  findingId: z.string(),
  rule: z.string(),
  excerpt: z.string(),
  kind: z.enum(["sign-off", "override"]),
  by: z.string(),
  at: z.string(),
  note: z.string(),
});

export type SourceFields = z.infer<typeof sourceFields>;
export type Source = z.infer<typeof source>;
export type QuoteRecord = z.infer<typeof quoteRecord>;
export type SignOffRecord = z.infer<typeof signOff>;

/** A review finding as it crosses the API, with whether an editor has signed it off. */
export const reviewedFinding = z.object({
  id: z.string(),
  rule: z.string(),
  severity: z.enum(["blocker", "warning", "note"]),
  message: z.string(),
  excerpt: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  signedOff: z.boolean(),
});
export type ReviewedFinding = z.infer<typeof reviewedFinding>;
