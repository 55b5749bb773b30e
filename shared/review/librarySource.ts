// Library sources as the review engine reads them. One mapping for the live review in the
// renderer and the publish gate in the library, so both judge a story alike.
import type { Source } from "../api/sourceSchemas.ts";
import type { ReviewSource } from "./types.ts";

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
