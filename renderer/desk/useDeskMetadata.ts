// A desk story's headline, dek, byline and status travel in the story's Yjs document (map
// "meta"): what this editor changes goes in, what another editor changed comes out into the
// story here (and is saved to the library like any change).
import { useCallback, useEffect, useRef } from "react";
import type * as Y from "yjs";
import type { ArticleMetadata } from "../../shared/api/schemas.ts";

const FIELDS = ["headline", "dek", "byline", "status"] as const;
type DeskField = (typeof FIELDS)[number];
const LOCAL = "copydesk-metadata";

function remoteChanges(meta: Y.Map<unknown>, keys: Iterable<string>): Partial<ArticleMetadata> {
  const changes: Partial<Record<DeskField, string>> = {};
  for (const key of keys) {
    const value = meta.get(key);
    if ((FIELDS as readonly string[]).includes(key) && typeof value === "string")
      changes[key as DeskField] = value;
  }
  return changes as Partial<ArticleMetadata>;
}

export function useDeskMetadata(
  doc: Y.Doc | null,
  metadata: ArticleMetadata,
  change: (changes: Partial<ArticleMetadata>) => void,
  seeds: boolean,
): (changes: Partial<ArticleMetadata>) => void {
  const latest = useRef(metadata);
  latest.current = metadata;
  useEffect(() => {
    if (!doc) return;
    const meta = doc.getMap<unknown>("meta");
    if (seeds && meta.size === 0)
      doc.transact(() => FIELDS.forEach((f) => meta.set(f, String(latest.current[f] ?? ""))), LOCAL);
    const onChange = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL) return;
      const changes = remoteChanges(meta, event.keysChanged);
      if (Object.keys(changes).length > 0) change(changes);
    };
    meta.observe(onChange);
    return () => meta.unobserve(onChange);
  }, [doc, change, seeds]);
  return useCallback(
    (changes: Partial<ArticleMetadata>) => {
      change(changes);
      if (!doc) return;
      const meta = doc.getMap<unknown>("meta");
      doc.transact(() => {
        for (const f of FIELDS) {
          const value = changes[f];
          if (typeof value === "string" && meta.get(f) !== value) meta.set(f, value);
        }
      }, LOCAL);
    },
    [doc, change],
  );
}
