// Autosave for the open article. Changes collect here and are written within a second
// of the editor pausing. A save that fails for a passing reason is retried with a
// growing pause; a change the library refuses for good (a slug already taken, say) is
// dropped with a message, and the words are saved without it. Whenever changes are not
// in the library yet (a failure, a reload, closing the window) they are kept in
// localStorage and written back the next time Copydesk opens this library.
import { z } from "zod";
import type { CopydeskClient } from "../../shared/api/client.ts";
import { contract } from "../../shared/api/contract.ts";
import type { ErrorCode } from "../../shared/api/envelope.ts";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";

export type SaveState = "saved" | "unsaved" | "saving" | "error";
export type ArticleChanges = Partial<ArticleMetadata> & { body?: ArticleBody };

export const SAVE_DELAY_MS = 600;
const RETRY_DELAYS_MS = [2000, 5000, 15_000, 30_000];
const BACKUP_PREFIX = "copydesk:unsaved:";

/** Errors that another try will not cure. */
const FINAL_ERRORS = new Set<ErrorCode>(["bad-input", "conflict", "refused", "not-found"]);

export interface SessionEvents {
  saved(article: Article): void;
  /** The library refused some changes for good; they were dropped. */
  refused(message: string): void;
}

export interface SessionDeps {
  client: CopydeskClient;
  readBody: () => ArticleBody | null;
  events: SessionEvents;
  /** Which library the backups belong to (its path). */
  scope: string;
}

/** Unsaved changes kept in localStorage, read back through zod: anything may be left there. */
const backupSchema = z.object({
  at: z.number(),
  base: z.string(),
  changes: contract["articles.update"].input.shape.changes,
});
type Backup = { at: number; base: string; changes: ArticleChanges };

const backupKey = (scope: string, articleId: string) => `${BACKUP_PREFIX}${scope}\u0000${articleId}`;

export class ArticleSession {
  readonly articleId: string;
  private pending: ArticleChanges = {};
  private bodyDirty = false;
  private inFlight: ArticleChanges | null = null;
  /** The version of the article this window last saw; the library keeps any newer one. */
  private base: string;
  private running: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private disposed = false;
  private state: SaveState = "saved";
  private lastError = "";
  private readonly listeners = new Set<() => void>();
  private readonly deps: SessionDeps;

  constructor(article: Pick<Article, "id" | "updatedAt">, deps: SessionDeps) {
    this.articleId = article.id;
    this.base = article.updatedAt;
    this.deps = deps;
  }

  get saveState(): SaveState {
    return this.state;
  }
  get error(): string {
    return this.lastError;
  }
  get hasUnsaved(): boolean {
    return this.bodyDirty || Object.keys(this.pending).length > 0 || this.inFlight !== null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  bodyChanged(): void {
    this.bodyDirty = true;
    this.schedule(SAVE_DELAY_MS);
  }

  metadataChanged(changes: Partial<ArticleMetadata>): void {
    this.pending = { ...this.pending, ...changes };
    this.schedule(SAVE_DELAY_MS);
  }

  /**
   * Write everything now and wait until it is in the library, including a save already
   * under way. True when nothing is left unsaved.
   */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.running ??= this.saveAll().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The library saved this article by another path (a status change): that is now the base. */
  adopt(article: Pick<Article, "updatedAt">): void {
    this.base = article.updatedAt;
  }

  /** Keep unsaved changes in localStorage (the page is going away, or a save failed). */
  backup(): void {
    if (!this.hasUnsaved) return;
    const body = this.bodyDirty ? this.deps.readBody() : undefined;
    const backup: Backup = {
      at: Date.now(),
      base: this.base,
      changes: { ...this.inFlight, ...this.pending, ...(body ? { body } : {}) },
    };
    try {
      localStorage.setItem(backupKey(this.deps.scope, this.articleId), JSON.stringify(backup));
    } catch {
      // Storage full or unavailable: the last autosave (under a second old) is what survives.
    }
  }

  /** Stop for good (the article was closed); anything unsaved stays in the backup. */
  dispose(): void {
    this.backup();
    this.disposed = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private async saveAll(): Promise<boolean> {
    while (this.hasUnsaved && !this.disposed) {
      const changes = this.take();
      if (!changes) break;
      this.inFlight = changes;
      this.setState("saving");
      try {
        const saved = await this.deps.client["articles.update"]({
          id: this.articleId,
          changes,
          baseUpdatedAt: this.base,
        });
        this.inFlight = null;
        this.base = saved.updatedAt;
        this.retries = 0;
        this.deps.events.saved(saved);
      } catch (error) {
        this.inFlight = null;
        if (!this.recover(changes, error as Error & { code?: ErrorCode })) return false;
      }
    }
    if (this.hasUnsaved) return false;
    clearBackup(this.deps.scope, this.articleId);
    this.lastError = "";
    this.setState("saved");
    return true;
  }

  /** After a failed save: true to go on saving what is left, false to stop for now. */
  private recover(changes: ArticleChanges, error: Error & { code?: ErrorCode }): boolean {
    const { body, ...metadata } = changes;
    const refusedForGood = error.code !== undefined && FINAL_ERRORS.has(error.code);
    if (refusedForGood && Object.keys(metadata).length > 0) {
      // Drop the refused details; the words go again on their own.
      if (body) this.bodyDirty = true;
      this.deps.events.refused(error.message);
      return true;
    }
    // Keep everything and say so; the words are also kept in localStorage meanwhile.
    this.pending = { ...metadata, ...this.pending };
    if (body) this.bodyDirty = true;
    this.lastError = error.message;
    this.backup();
    this.setState("error");
    if (!refusedForGood) {
      const delay = RETRY_DELAYS_MS[Math.min(this.retries++, RETRY_DELAYS_MS.length - 1)];
      this.schedule(delay);
    }
    return false;
  }

  private take(): ArticleChanges | null {
    const body = this.bodyDirty ? this.deps.readBody() : null;
    this.bodyDirty = false;
    const changes: ArticleChanges = { ...this.pending, ...(body ? { body } : {}) };
    this.pending = {};
    return Object.keys(changes).length ? changes : null;
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    if (this.state !== "saving" && this.state !== "error") this.setState("unsaved");
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function clearBackup(scope: string, articleId: string): void {
  try {
    localStorage.removeItem(backupKey(scope, articleId));
  } catch {
    // nothing to clear
  }
}

/**
 * At start-up: write back what an earlier window of this library could not save. The
 * library keeps any newer version as a revision first, so nothing is overwritten unseen.
 */
export async function recoverUnsavedChanges(client: CopydeskClient, scope: string): Promise<number> {
  let recovered = 0;
  const prefix = backupKey(scope, "");
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix));
  for (const key of keys) {
    const articleId = key.slice(prefix.length);
    try {
      const kept = backupSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? "{}"));
      // A backup that no longer parses cannot be written back.
      if (!kept.success) {
        localStorage.removeItem(key);
        continue;
      }
      const { changes, base } = kept.data;
      await client["articles.update"]({ id: articleId, changes, baseUpdatedAt: base });
      recovered++;
      localStorage.removeItem(key);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // A deleted article, or a backup that no longer parses, cannot be written back.
      if (code === "not-found" || code === "bad-input" || error instanceof SyntaxError)
        localStorage.removeItem(key);
    }
  }
  return recovered;
}
