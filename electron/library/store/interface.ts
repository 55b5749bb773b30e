// The library's storage, as two typed interfaces: what can be read and what can be
// written. The service depends on these, not on SQLite, so a worker-thread store can
// later stand behind the same shapes.
import type { ArticleStatus } from "../../../shared/article/status.ts";
import type {
  Article,
  ArticleMetadata,
  ArticleSummary,
  Revision,
  RevisionSummary,
} from "../../../shared/api/schemas.ts";
import type { ArticleBody } from "../../../shared/document/nodes.ts";
import type { TaggedQuote } from "../../../shared/document/quotations.ts";
import type { QuoteRecord, SignOffRecord, Source, SourceFields } from "../../../shared/api/sourceSchemas.ts";

export interface ArticleFilter {
  status?: ArticleStatus;
  section?: string;
  trash?: boolean;
  limit: number;
  /** Rows to skip (listArticles only). */
  offset?: number;
}

export interface StoredArticle extends Article {
  slugCustom: boolean;
}

export interface ArticleRow {
  id: string;
  metadata: ArticleMetadata;
  slugCustom: boolean;
  body: ArticleBody;
  bodyText: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  deletedAt: string | null;
  /** The tagged quotations in the body; stored alongside so sources know what they said. */
  quotes: TaggedQuote[];
}

export interface LibraryReader {
  getArticle(id: string): StoredArticle | undefined;
  slugTaken(slug: string, exceptId?: string): boolean;
  listArticles(filter: ArticleFilter): ArticleSummary[];
  searchArticles(query: string, filter: ArticleFilter): ArticleSummary[];
  sections(): string[];
  countArticles(): number;
  listRevisions(articleId: string): RevisionSummary[];
  getRevision(id: string): Revision | undefined;
  latestRevision(articleId: string): RevisionSummary | undefined;
  getSetting(key: string): string | undefined;
  schemaVersion(): number;
}

export interface NewRevision {
  id: string;
  articleId: string;
  createdAt: string;
  reason: string;
}

export interface LibraryWriter {
  insertArticle(row: ArticleRow): void;
  updateArticle(row: ArticleRow): void;
  setDeleted(id: string, deletedAt: string | null): void;
  purgeTrash(): number;
  /** Snapshot the article as stored now. */
  insertRevision(revision: NewRevision): void;
  setSetting(key: string, value: string): void;
  /** Refresh an article's search entry (after its quotes or their sources changed). */
  reindex(id: string): void;
  /** Run several writes as one transaction. */
  transaction<T>(work: () => T): T;
}

export type LibraryStore = LibraryReader &
  LibraryWriter &
  SourceReader &
  SourceWriter & {
    path: string;
    close(): void;
    /** A consistent copy of the whole library, taken while it stays open. */
    backup(destination: string): Promise<void>;
  };

export interface SourceReader {
  getSource(id: string): Source | undefined;
  /** Sources whose name, title or organization contain the words; all when query is empty. */
  findSources(query: string, limit: number): Source[];
  /** Sources tied to an article: by tagged quotes or added by the editor. */
  articleSources(articleId: string): Source[];
  articleQuotes(articleId: string): QuoteRecord[];
  sourceQuotes(sourceId: string, query: string): QuoteRecord[];
  /** Every article (trashed ones too) with a quote tagged to the source. */
  sourceArticleIds(sourceId: string): string[];
  rejectedSuggestions(articleId: string): string[];
  signOffs(articleId: string): SignOffRecord[];
}

export interface SourceWriter {
  insertSource(id: string, fields: SourceFields, now: string): void;
  updateSource(id: string, fields: SourceFields, now: string): void;
  deleteSource(id: string): void;
  /** Point every quote and article link of `fromId` at `toId`. */
  moveSourceReferences(fromId: string, toId: string): void;
  replaceQuotes(articleId: string, quotes: TaggedQuote[]): void;
  attachSource(articleId: string, sourceId: string): void;
  detachSource(articleId: string, sourceId: string): void;
  rejectSuggestion(articleId: string, fingerprint: string): void;
  insertSignOff(record: SignOffRecord): void;
  deleteSignOff(id: string): void;
}
