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
import { DeskDialogButton } from "../desk/DeskDialog.tsx";

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

function LibraryFilters(props: {
  status: ArticleStatus | "";
  onStatus: (status: ArticleStatus | "") => void;
  section: string;
  onSection: (section: string) => void;
  sections: string[];
}) {
  const { status, onStatus, section, onSection, sections } = props;
  return (
    <div className="library-filters">
      <select
        aria-label="Filter by status"
        value={status}
        onChange={(e) => onStatus(e.target.value as ArticleStatus | "")}
      >
        <option value="">All statuses</option>
        {ARTICLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by section" value={section} onChange={(e) => onSection(e.target.value)}>
        <option value="">All sections</option>
        {sections.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}

function LibraryItem(props: {
  article: ArticleSummary;
  selected: boolean;
  trash: boolean;
  onSelect: (id: string) => void;
  onRestore: (id: string) => void;
}) {
  const { article, selected, trash, onSelect, onRestore } = props;
  return (
    <li className={selected ? "selected" : undefined}>
      <button type="button" className="library-item" disabled={trash} onClick={() => onSelect(article.id)}>
        <span className="library-headline">
          {article.match ? <Highlighted text={article.match.headline} /> : article.headline || "Untitled"}
        </span>
        {article.match?.excerpt && (
          <span className="library-excerpt">
            <Highlighted text={article.match.excerpt} />
          </span>
        )}
        <span className="library-meta">
          {STATUS_LABELS[article.status]} · {article.section || "No section"} · {article.wordCount} words
        </span>
      </button>
      {trash && (
        <button
          type="button"
          onClick={() => onRestore(article.id)}
          aria-label={`Restore ${article.headline || "Untitled"}`}
        >
          Restore
        </button>
      )}
    </li>
  );
}

function LibraryActions(props: {
  trash: boolean;
  onTrash: (trash: boolean) => void;
  canEmpty: boolean;
  onNew: () => void;
  onImported: (id: string) => void;
  onEmptyTrash: () => void;
}) {
  const { trash, onTrash, canEmpty, onNew, onImported, onEmptyTrash } = props;
  return (
    <div className="library-actions">
      {!trash && (
        <button type="button" className="primary" onClick={onNew}>
          New Article
        </button>
      )}
      {!trash && <ImportButton onImported={onImported} />}
      <button type="button" aria-pressed={trash} onClick={() => onTrash(!trash)}>
        {trash ? "Back to library" : "Trash"}
      </button>
      {!trash && <BatchExportButton />}
      {!trash && <BackupsButton />}
      {!trash && <DeskDialogButton onOpen={onImported} />}
      {!trash && <SettingsButton />}
      {trash && canEmpty && (
        <button type="button" className="danger" onClick={onEmptyTrash}>
          Empty Trash
        </button>
      )}
    </div>
  );
}

function LibraryList(props: {
  articles: ArticleSummary[];
  trash: boolean;
  searched: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onRestore: (id: string) => void;
}) {
  const { articles, trash, searched, selectedId, onSelect, onRestore: restore } = props;
  return (
    <ul className="library-list" aria-label={trash ? "Trash" : "Articles"}>
      {articles.length === 0 && (
        <li className="library-empty">
          {trash ? "The Trash is empty." : searched ? "No article matches." : "No articles yet."}
        </li>
      )}
      {articles.map((a) => (
        <LibraryItem
          key={a.id}
          article={a}
          selected={a.id === selectedId}
          trash={trash}
          onSelect={onSelect}
          onRestore={restore}
        />
      ))}
    </ul>
  );
}

/** The articles the search and filters pick, reloaded whenever the library changed. */
function useArticleList(
  filter: { query: string; status: ArticleStatus | ""; section: string; trash: boolean },
  version: number,
) {
  const { query, status, section, trash } = filter;
  return useLoad<ArticleSummary[]>(
    () =>
      client["articles.list"]({
        query: query || undefined,
        status: status || undefined,
        section: section || undefined,
        trash,
      }),
    [query, status, section, trash, version],
    [],
  );
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

  const [articles, error] = useArticleList({ query: settledQuery, status, section, trash }, version);
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
        <LibraryFilters
          status={status}
          onStatus={setStatus}
          section={section}
          onSection={setSection}
          sections={sections}
        />
        <LibraryActions
          trash={trash}
          onTrash={setTrash}
          canEmpty={articles.length > 0}
          onNew={onNew}
          onImported={(id) => (onChanged(), onSelect(id))}
          onEmptyTrash={emptyTrash}
        />
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <LibraryList
        articles={articles}
        trash={trash}
        searched={settledQuery !== ""}
        selectedId={selectedId}
        onSelect={onSelect}
        onRestore={restore}
      />
    </nav>
  );
}
