// A source's own page: everything the source has said across the library, by article,
// searchable. Opening another article is asked for with a "copydesk:open-article" event.
import { useEffect, useMemo, useState } from "react";
import type { QuoteRecord, Source } from "../../shared/api/sourceSchemas.ts";
import { STANDING_LABELS } from "../../shared/api/sourceSchemas.ts";
import { client } from "../client/index.ts";
import { groupByArticle, kindSummary, reachSummary } from "./quoteGroups.ts";

export const OPEN_ARTICLE_EVENT = "copydesk:open-article";

function Marked({ text, query }: { text: string; query: string }) {
  const q = query.trim().toLowerCase();
  if (!q) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let from = 0;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) {
    out.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + q.length)}</mark>);
    from = at + q.length;
  }
  out.push(text.slice(from));
  return <>{out}</>;
}

const dateOf = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { dateStyle: "medium" });
};

/** The source's quotes matching the search (all of them, too, for the summary), as typed. */
function useSourceQuotes(sourceId: string, query: string) {
  const [quotes, setQuotes] = useState<QuoteRecord[] | null>(null);
  const [all, setAll] = useState<QuoteRecord[]>([]);
  const [error, setError] = useState("");

  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () =>
        client["sources.quotes"]({ sourceId, query: query.trim() })
          .then((found) => {
            if (!live) return;
            setQuotes(found);
            if (!query.trim()) setAll(found);
          })
          .catch((e: Error) => live && setError(e.message)),
      query ? 150 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sourceId, query]);
  return { quotes, all, error };
}

function QuoteGroupView({
  group,
  query,
  current,
  onOpen,
}: {
  group: ReturnType<typeof groupByArticle>[number];
  query: string;
  current: string;
  onOpen: (articleId: string) => void;
}) {
  return (
    <article className="quote-group" aria-label={group.headline || "Untitled"}>
      <h3>
        <button type="button" className="link-button" onClick={() => onOpen(group.articleId)}>
          {group.headline || "Untitled"}
        </button>
        {group.articleId === current && <span className="badge">this article</span>}
      </h3>
      <p className="muted">
        {dateOf(group.date)} · {kindSummary(group.quotes)}
      </p>
      <ul className="quote-list">
        {group.quotes.map((q) => (
          <li key={q.quoteId}>
            <span className={`badge kind-${q.kind}`}>{q.kind}</span>
            {q.status === "suggested" && <span className="badge">suggested</span>}
            <q>
              <Marked text={q.text} query={query} />
            </q>
          </li>
        ))}
      </ul>
    </article>
  );
}

export function SourceQuotesPage({
  source,
  currentArticleId,
  onClose,
}: {
  source: Source;
  currentArticleId: string;
  onClose: () => void;
}) {
  const [query, setQuery] = useState("");
  const { quotes, all, error } = useSourceQuotes(source.id, query);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  const groups = useMemo(() => groupByArticle(quotes ?? []), [quotes]);
  const open = (articleId: string) => {
    onClose();
    if (articleId !== currentArticleId)
      window.dispatchEvent(new CustomEvent(OPEN_ARTICLE_EVENT, { detail: { articleId } }));
  };

  return (
    <div className="source-page-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="source-page" role="dialog" aria-label={`All quotes by ${source.name}`}>
        <header className="source-page-head">
          <div>
            <h2>{source.name}</h2>
            <p className="muted">
              {[source.title, source.organization, STANDING_LABELS[source.standing]]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p data-testid="source-reach">
              {reachSummary(all)} · {kindSummary(all)}
            </p>
          </div>
          <button type="button" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </header>
        <input
          type="search"
          aria-label="Search quotes"
          placeholder="Search what they said…"
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {quotes && groups.length === 0 && (
          <p className="muted">{query ? "No quote matches." : "No quotes tagged yet."}</p>
        )}
        <div className="source-page-groups">
          {groups.map((g) => (
            <QuoteGroupView
              key={g.articleId}
              group={g}
              query={query}
              current={currentArticleId}
              onOpen={open}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
