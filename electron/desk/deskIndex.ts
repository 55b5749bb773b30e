// The desk index kept by the server: whenever a story's document is stored, its entry in the
// "desk" document (headline, dek, byline, status, when) is brought up to date from the story's
// own metadata map, so every desktop on the desk sees which stories exist without opening them.
import type { Extension, Hocuspocus } from "@hocuspocus/server";
import type * as Y from "yjs";
import { DESK_INDEX, type DeskStoryEntry, storyIdOf } from "../../shared/desk/documents.ts";

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function storyEntry(doc: Y.Doc, now: string): DeskStoryEntry {
  const meta = doc.getMap("meta");
  return {
    headline: text(meta.get("headline")).slice(0, 2000),
    dek: text(meta.get("dek")).slice(0, 4000),
    byline: text(meta.get("byline")).slice(0, 500),
    status: text(meta.get("status")).slice(0, 40) || "draft",
    updatedAt: now,
  };
}

async function updateIndex(instance: Hocuspocus, storyId: string, entry: DeskStoryEntry): Promise<void> {
  const index = await instance.openDirectConnection(DESK_INDEX, { editor: "desk-server", role: "editor" });
  try {
    await index.transact((doc) => {
      const stories = doc.getMap("stories");
      const before = stories.get(storyId) as DeskStoryEntry | undefined;
      const same =
        before &&
        before.headline === entry.headline &&
        before.dek === entry.dek &&
        before.byline === entry.byline &&
        before.status === entry.status;
      if (!same) stories.set(storyId, entry);
    });
  } finally {
    await index.disconnect();
  }
}

export function deskIndexKeeper(): Extension {
  return {
    extensionName: "copydesk-desk-index",
    async onStoreDocument({ documentName, document, instance }) {
      const storyId = storyIdOf(documentName);
      if (!storyId) return;
      await updateIndex(instance, storyId, storyEntry(document, new Date().toISOString()));
    },
  };
}
