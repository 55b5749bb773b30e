// The article library: search as you type, filters by status and section, the list,
// New Article, and the Trash.
import { useState } from "react";
import type { ArticleStatus } from "../../shared/article/status.ts";
import { ARTICLE_STATUSES, STATUS_LABELS } from "../../shared/article/status.ts";
import type { ArticleSummary } from "../../shared/api/schemas.ts";
import { client } from "../client/index.ts";
import { useDebounced, useLoad } from "../workspace/useAsync.ts";
import { BatchExportButton } from "../export/BatchExport.tsx";
import { BackupsButton } from "./BackupsDialog.tsx";
import { SettingsButton } from "../settings/SettingsDialog.tsx";
import { Highlighted } from "./Highlighted.tsx";
import { ImportButton } from "./ImportButton.tsx";

export interface LibraryPanelProps {
  selectedId: string | null;
  /** Bumped by the app whenever the library changed, so the list reloads. */
  version: number;
  onSelect: (id: string) => void;
  onNew: () => void;
  onChanged: () => void;
  searchRef: React.RefObject<HTMLInputElement | null>;
  /** The button that folds the library away. */
  toggle?: React.ReactNode;
}

export function LibraryPanel({
  selectedId,
  version,
  onSelect,
  onNew,
  onChanged,
  searchRef,
  toggle,
}: LibraryPanelProps) {
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<ArticleStatus | "">("");
  const [section, setSection] = useState("");
  const [trash, setTrash] = useState(false);
  const settledQuery = useDebounced(query, 60);

  const [articles, error] = useLoad<ArticleSummary[]>(
    () =>
      client["articles.list"]({
        query: settledQuery || undefined,
        status: status || undefined,
        section: section || undefined,
        trash,
      }),
    [settledQuery, status, section, trash, version],
    [],
  );
  const [sections] = useLoad(() => client["articles.sections"]({}), [version], [] as string[]);

  const restore = async (id: string) => {
    await client["articles.restore"]({ id });
    onChanged();
  };
  const emptyTrash = async () => {
    if (!window.confirm("Delete every article in the Trash for good? This cannot be undone.")) return;
    await client["articles.emptyTrash"]({});
    onChanged();
  };

  return (
    <nav className="library" aria-label="Article library">
      <div className="library-head">
        <div className="library-search">
          <input
            ref={searchRef}
            type="search"
            placeholder="Search articles"
            aria-label="Search articles"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {toggle}
        </div>
        <div className="library-filters">
          <select
            aria-label="Filter by status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ArticleStatus | "")}
          >
            <option value="">All statuses</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <select aria-label="Filter by section" value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="library-actions">
          {!trash && (
            <button type="button" className="primary" onClick={onNew}>
              New Article
            </button>
          )}
          {!trash && <ImportButton onImported={(id) => (onChanged(), onSelect(id))} />}
          <button type="button" aria-pressed={trash} onClick={() => setTrash(!trash)}>
            {trash ? "Back to library" : "Trash"}
          </button>
          {!trash && <BatchExportButton />}
          {!trash && <BackupsButton />}
          {!trash && <SettingsButton />}
          {trash && articles.length > 0 && (
            <button type="button" className="danger" onClick={emptyTrash}>
              Empty Trash
            </button>
          )}
        </div>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <ul className="library-list" aria-label={trash ? "Trash" : "Articles"}>
        {articles.length === 0 && (
          <li className="library-empty">
            {trash ? "The Trash is empty." : settledQuery ? "No article matches." : "No articles yet."}
          </li>
        )}
        {articles.map((a) => (
          <li key={a.id} className={a.id === selectedId ? "selected" : undefined}>
            <button type="button" className="library-item" disabled={trash} onClick={() => onSelect(a.id)}>
              <span className="library-headline">
                {a.match ? <Highlighted text={a.match.headline} /> : a.headline || "Untitled"}
              </span>
              {a.match?.excerpt && (
                <span className="library-excerpt">
                  <Highlighted text={a.match.excerpt} />
                </span>
              )}
              <span className="library-meta">
                {STATUS_LABELS[a.status]} · {a.section || "No section"} · {a.wordCount} words
              </span>
            </button>
            {trash && (
              <button
                type="button"
                onClick={() => restore(a.id)}
                aria-label={`Restore ${a.headline || "Untitled"}`}
              >
                Restore
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
