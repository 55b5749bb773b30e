// Desk stories on SQLite: the link from a local article to its desk story and the story's Yjs
// state. Mixed into the library store by sqliteStore.ts.
import * as Y from "yjs";
import type { LibraryDatabase } from "../database.ts";

export interface DeskStoryLink {
  articleId: string;
  storyId: string;
  state: Uint8Array | null;
}

export interface DeskStoryReader {
  deskStory(articleId: string): DeskStoryLink | undefined;
  articleForDeskStory(storyId: string): string | undefined;
}

export interface DeskStoryWriter {
  linkDeskStory(articleId: string, storyId: string, now: string): void;
  /** Merge an update into the stored state (Yjs merges are order-free, so nothing is lost). */
  mergeDeskState(articleId: string, update: Uint8Array, now: string): void;
}

interface Row {
  article_id: string;
  story_id: string;
  yjs_state: Buffer | null;
}

export function deskStoryStore(db: LibraryDatabase): { reader: DeskStoryReader; writer: DeskStoryWriter } {
  const byArticle = db.prepare<[string], Row>(
    "SELECT article_id, story_id, yjs_state FROM desk_stories WHERE article_id = ?",
  );
  const byStory = db.prepare<[string], Row>("SELECT article_id FROM desk_stories WHERE story_id = ?");
  const link = db.prepare(
    "INSERT INTO desk_stories (article_id, story_id, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
  );
  const save = db.prepare("UPDATE desk_stories SET yjs_state = ?, updated_at = ? WHERE article_id = ?");
  const deskStory = (articleId: string): DeskStoryLink | undefined => {
    const row = byArticle.get(articleId);
    if (!row) return undefined;
    const state = row.yjs_state ? new Uint8Array(row.yjs_state) : null;
    return { articleId: row.article_id, storyId: row.story_id, state };
  };
  return {
    reader: { deskStory, articleForDeskStory: (storyId) => byStory.get(storyId)?.article_id },
    writer: {
      linkDeskStory: (articleId, storyId, now) => void link.run(articleId, storyId, now),
      mergeDeskState: (articleId, update, now) => {
        const stored = deskStory(articleId)?.state;
        const merged = stored ? Y.mergeUpdates([stored, update]) : update;
        save.run(merged, now, articleId);
      },
    },
  };
}
