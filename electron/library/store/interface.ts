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

export interface ArticleFilter {
  status?: ArticleStatus;
  section?: string;
  trash?: boolean;
  limit: number;
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
  /** Run several writes as one transaction. */
  transaction<T>(work: () => T): T;
}

export type LibraryStore = LibraryReader &
  LibraryWriter & {
    path: string;
    close(): void;
    /** A consistent copy of the whole library, taken while it stays open. */
    backup(destination: string): Promise<void>;
  };
