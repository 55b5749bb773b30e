// Library sources as the review engine reads them. The same mapping as the library's own
// (electron/library/reviewService.ts), written again here because the renderer cannot import
// electron/: the live review and the publish gate must judge a story alike.
import type { Source } from "../../shared/api/sourceSchemas.ts";
import type { ReviewSource } from "../../shared/review/index.ts";

export function toReviewSource(s: Source): ReviewSource {
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    organization: s.organization,
    standing: s.standing,
    // A blank reason is no reason: the anonymous-source rule must still fire.
    anonymityReason: s.anonymityReason.trim() || null,
    reachedVia: s.reachedVia,
    platform: s.platform || null,
    verified: s.verified,
  };
}
