// The desk's documents and their names, as the desk server and every desktop know them.
//
// - "desk": the desk index, one Yjs document: which stories are on the desk with their
//   headline, dek, byline and status (map "stories", keyed by story id), and the desk's sources
//   registry (map "sources", keyed by source id).
// - "story:<id>": one story. The body is Lexical's own Yjs binding (the XmlText "root" that
//   @lexical/yjs writes); the story's metadata is the map "meta".
import { z } from "zod";

export const DESK_INDEX = "desk";
const STORY_PREFIX = "story:";
const STORY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function storyDocumentName(storyId: string): string {
  if (!STORY_ID.test(storyId)) throw new Error(`"${storyId}" is not a story id the desk takes.`);
  return `${STORY_PREFIX}${storyId}`;
}

export function storyIdOf(documentName: string): string | undefined {
  if (!documentName.startsWith(STORY_PREFIX)) return undefined;
  const id = documentName.slice(STORY_PREFIX.length);
  return STORY_ID.test(id) ? id : undefined;
}

export function isDeskDocumentName(name: string): boolean {
  return name === DESK_INDEX || storyIdOf(name) !== undefined;
}

/** One story's entry in the desk index. */
export const deskStoryEntry = z.object({
  headline: z.string().max(2000),
  dek: z.string().max(4000),
  byline: z.string().max(500),
  status: z.string().max(40),
  updatedAt: z.string().max(40),
});
export type DeskStoryEntry = z.infer<typeof deskStoryEntry>;
