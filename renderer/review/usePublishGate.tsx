// Status changes through the publish gate (issue 4).
import { useCallback } from "react";
import type { ArticleStatus } from "../../shared/article/status.ts";
import type { Article } from "../../shared/api/schemas.ts";
import { client } from "../client/index.ts";

export interface PublishGate {
  changeStatus(status: ArticleStatus): void;
  /** The gate's dialog, when one is open. */
  dialog: React.ReactNode;
}

export function usePublishGate(
  articleId: string,
  flush: () => Promise<void>,
  onChanged: (article: Article) => void,
  notify: (message: string) => void,
): PublishGate {
  const changeStatus = useCallback(
    async (status: ArticleStatus) => {
      await flush();
      try {
        onChanged(await client["articles.update"]({ id: articleId, changes: { status } }));
      } catch (error) {
        notify((error as Error).message);
      }
    },
    [articleId, flush, onChanged, notify],
  );
  return { changeStatus: (s) => void changeStatus(s), dialog: null };
}
