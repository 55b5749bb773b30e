// A story's details as they travel with its words, from an imported file to an export:
// the library's article metadata (declared once, by its schema) without its slug and status.
import type { ArticleMetadata } from "../api/schemas.ts";

export type StoryDetails = Pick<
  ArticleMetadata,
  "headline" | "dek" | "byline" | "dateline" | "section" | "tags"
>;
