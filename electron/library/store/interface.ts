// The library's storage, as two typed interfaces (the Signal Desktop split): what can be
// read, and what can be written. A writer exists only inside `transaction`, so every
// write is in one IMMEDIATE transaction and code holding a reader cannot write at all.
// The service depends on these shapes, not on SQLite, so a worker-thread reader can
// later stand behind the same interface.
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
import type { BackupResult, CopyOptions } from "../backup/copy.ts";
import type { OpenedHealth } from "../database.ts";
import type { QuoteRecord, SignOffRecord, Source, SourceFields } from "../../../shared/api/sourceSchemas.ts";
import type { CommentReader, CommentWriter } from "./commentStore.ts";
import type { CorrectionReader, CorrectionWriter } from "./correctionStore.ts";
import type { PictureReader, PictureWriter } from "./pictureStore.ts";
import type { LengthReader, LengthWriter, StyleReader, StyleWriter } from "./styleStore.ts";

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

export type StoredArticleHead = Omit<StoredArticle, "body">;

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

/** Article, revision and settings reads. */
export interface ArticleReader {
  getArticle(id: string): StoredArticle | undefined;
  /** The article without its body (not read, not parsed). */
  getArticleHead(id: string): StoredArticleHead | undefined;
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
  /** Who kept it: the editor's name in Settings at the time. */
  author: string;
}

/** Article, revision and settings writes. */
export interface ArticleWriter {
  insertArticle(row: ArticleRow): void;
  updateArticle(row: ArticleRow): void;
  setDeleted(id: string, deletedAt: string | null): void;
  purgeTrash(): number;
  /** Remove one article for good, with its revisions and quotes. */
  deleteArticle(id: string): void;
  /** Snapshot the article as stored now. */
  insertRevision(revision: NewRevision): void;
  setSetting(key: string, value: string): void;
  /** Refresh an article's search entry (after its quotes or their sources changed). */
  reindex(id: string): void;
}

/** Everything that can be read. */
export type LibraryReader = ArticleReader &
  SourceReader &
  ImportReader &
  StyleReader &
  LengthReader &
  CorrectionReader &
  CommentReader &
  PictureReader;

/** Everything that can be written; it reads too, and sees its own uncommitted writes. */
export type LibraryWriter = LibraryReader &
  ArticleWriter &
  SourceWriter &
  ImportWriter &
  StyleWriter &
  LengthWriter &
  CorrectionWriter &
  CommentWriter &
  PictureWriter;

/** An open library: reads at any time, writes only inside a transaction. */
export interface LibraryStore extends LibraryReader {
  path: string;
  /**
   * Run `work` as one IMMEDIATE transaction with the writer (nested calls become
   * savepoints). The write lock is taken up front, so a CLI import and the app never
   * trip over each other halfway through.
   */
  transaction<T>(work: (writer: LibraryWriter) => T): T;
  /** Read-only when quick_check found damage on open; writes are then refused. */
  health: OpenedHealth;
  close(): void;
  /** A consistent copy of the whole library, taken while it stays open and in use. */
  backup(destination: string, options?: CopyOptions): Promise<BackupResult>;
  /** PRAGMA integrity_check's findings; empty when the library is whole. */
  check(): string[];
}

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

/** A file imported before, found by the hash of its content. */
export interface ImportedFile {
  articleId: string;
  fileName: string;
  importedAt: string;
  headline: string;
  trashed: boolean;
}

export interface ImportReader {
  /** The article a file with this content hash became (one not in the Trash first). */
  importedFile(contentHash: string): ImportedFile | undefined;
}

export interface ImportWriter {
  recordImport(record: { hash: string; articleId: string; fileName: string; importedAt: string }): void;
}
