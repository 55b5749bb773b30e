// A library on a desk (issue 19): the desk's address and this editor's token (settings), which
// local articles are desk stories, and each desk story's Yjs state, merged as updates arrive.
import type { DeskStoryState } from "../../../shared/api/deskSyncContract.ts";
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { createArticle, mustGetArticle, publicArticle } from "../articleRecords.ts";
import type { LibraryReader } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

const ADDRESS = "deskAddress";
const TOKEN = "deskToken";

export function deskMembershipOf(store: LibraryReader) {
  return { address: store.getSetting(ADDRESS) ?? null, token: store.getSetting(TOKEN) ?? null };
}

function storyState(store: LibraryReader, articleId: string): DeskStoryState {
  const link = store.deskStory(articleId);
  if (!link) return { storyId: null, state: null };
  return { storyId: link.storyId, state: link.state ? Buffer.from(link.state).toString("base64") : null };
}

export function deskSyncHandlers(
  ctx: HandlerContext,
): HandlerGroup<
  | "deskSync.info"
  | "deskSync.join"
  | "deskSync.leave"
  | "deskSync.story"
  | "deskSync.putOnDesk"
  | "deskSync.takeStory"
  | "deskSync.saveState"
> {
  const { store, clock } = ctx;
  return {
    "deskSync.info": () => deskMembershipOf(store),
    "deskSync.join": ({ address, token }) => {
      store.transaction((writer) => {
        writer.setSetting(ADDRESS, address);
        writer.setSetting(TOKEN, token);
      });
      return deskMembershipOf(store);
    },
    "deskSync.leave": () => {
      store.transaction((writer) => {
        writer.setSetting(ADDRESS, "");
        writer.setSetting(TOKEN, "");
      });
      return deskMembershipOf(store);
    },
    "deskSync.story": ({ articleId }) => {
      mustGetArticle(store, articleId);
      return storyState(store, articleId);
    },
    "deskSync.putOnDesk": ({ articleId }) => {
      if (!deskMembershipOf(store).address)
        throw new CopydeskError("refused", "Join a desk first (Settings ▸ Desk).");
      store.transaction((writer) => {
        mustGetArticle(writer, articleId);
        writer.linkDeskStory(articleId, articleId, clock.now());
      });
      return storyState(store, articleId);
    },
    "deskSync.takeStory": ({ storyId, headline }) => {
      const known = store.articleForDeskStory(storyId);
      if (known) return { article: publicArticle(mustGetArticle(store, known)) };
      return store.transaction((writer) => {
        const article = createArticle(ctx, { headline }, "From the desk");
        writer.linkDeskStory(article.id, storyId, clock.now());
        return { article };
      });
    },
    "deskSync.saveState": ({ articleId, update }) => {
      store.transaction((writer) => {
        if (!writer.deskStory(articleId))
          throw new CopydeskError("not-found", "That story is not on the desk.");
        writer.mergeDeskState(articleId, new Uint8Array(Buffer.from(update, "base64")), clock.now());
      });
      return {};
    },
  };
}
