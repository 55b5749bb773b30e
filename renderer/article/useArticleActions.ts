// What the open article's buttons do beyond editing: keep a version, move to Trash,
// restore an earlier version. Each puts the latest words in the library first.
import { useCallback } from "react";
import type { Article } from "../../shared/api/schemas.ts";
import type { ArticleSession } from "../workspace/articleSession.ts";
import { useCommand } from "../workspace/commands.ts";
import type { VersionKeeper } from "../workspace/versionKeeper.ts";
import { client } from "../client/index.ts";

export interface ArticleActionEvents {
  notify: (message: string) => void;
  onSaved: () => void;
  onTrashed: () => void;
  onReplaced: (article: Article) => void;
}

export function useArticleActions(
  articleId: string,
  session: ArticleSession,
  keeper: VersionKeeper,
  { notify, onSaved, onTrashed, onReplaced }: ArticleActionEvents,
) {
  const keepVersion = useCallback(
    async (reason: string) => {
      const kept = await keeper.keep(reason).catch(() => false);
      if (kept) onSaved();
      return kept;
    },
    [keeper, onSaved],
  );

  const saveVersion = useCallback(async () => {
    if (!(await keeper.keep("Saved version", true).catch(() => false)))
      return notify(`Version not saved: ${session.error || "the library did not answer"}`);
    onSaved();
    notify("Version saved in History.");
  }, [keeper, session, notify, onSaved]);
  useCommand("save-version", saveVersion);

  const trash = async () => {
    if (!(await session.flush()))
      return notify(`Not moved to Trash: the latest changes are not saved yet (${session.error}).`);
    await client["articles.trash"]({ id: articleId });
    onTrashed();
  };

  const restore = async (revisionId: string) => {
    if (!(await session.flush()))
      return notify(`Not restored: the latest changes are not saved yet (${session.error}).`);
    try {
      onReplaced(await client["revisions.restore"]({ articleId, revisionId }));
    } catch (error) {
      notify((error as Error).message);
    }
  };

  return { keepVersion, saveVersion, trash, restore };
}
