// Status changes through the publish gate (issue 4). The library decides: it refuses
// ready/published while review blockers are open. On a refusal the editor sees the blockers
// and may override with a reason, which the library records with the article.
import { useCallback, useState } from "react";
import type { ArticleStatus } from "../../shared/article/status.ts";
import type { Article } from "../../shared/api/schemas.ts";
import { client } from "../client/index.ts";
import { isRefusal } from "./gate.ts";
import { type GateBlocker, PublishGateDialog } from "./PublishGateDialog.tsx";

export interface PublishGate {
  changeStatus(status: ArticleStatus): void;
  /** The gate's dialog, when one is open. */
  dialog: React.ReactNode;
}

interface Refused {
  status: ArticleStatus;
  message: string;
  blockers: GateBlocker[];
}

export function usePublishGate(
  articleId: string,
  flush: () => Promise<unknown>,
  onChanged: (article: Article) => void,
  notify: (message: string) => void,
): PublishGate {
  const [refused, setRefused] = useState<Refused | null>(null);

  const changeStatus = useCallback(
    async (status: ArticleStatus) => {
      // The library judges the saved story: save what is on screen first.
      await flush();
      try {
        onChanged(await client["articles.update"]({ id: articleId, changes: { status } }));
      } catch (error) {
        if (!isRefusal(error)) {
          notify((error as Error).message);
          return;
        }
        const message = (error as Error).message;
        const { openBlockers } = await client["review.gate"]({ articleId }).catch(() => ({
          openBlockers: [] as GateBlocker[],
        }));
        // Refused for another reason (in the Trash, say): nothing to override.
        if (openBlockers.length === 0) notify(message);
        else setRefused({ status, message, blockers: openBlockers });
      }
    },
    [articleId, flush, onChanged, notify],
  );

  const override = async (reason: string) => {
    if (!refused) return;
    try {
      await flush();
      onChanged(
        await client["articles.update"]({
          id: articleId,
          changes: { status: refused.status },
          override: { reason },
        }),
      );
      setRefused(null);
    } catch (error) {
      notify((error as Error).message);
    }
  };

  return {
    changeStatus: useCallback((s: ArticleStatus) => void changeStatus(s), [changeStatus]),
    dialog: refused && (
      <PublishGateDialog
        status={refused.status}
        refusal={refused.message}
        blockers={refused.blockers}
        onOverride={override}
        onCancel={() => setRefused(null)}
      />
    ),
  };
}
