// Autosave for the open article. Changes collect here and are written within a second
// of the editor pausing; a failed save is retried and never dropped. If the window goes
// away with changes unsaved (reload, close, crash of the page), they are kept in
// localStorage and written back the next time Copydesk starts.
import type { CopydeskClient } from "../../shared/api/client.ts";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";

export type SaveState = "saved" | "unsaved" | "saving" | "error";
export type ArticleChanges = Partial<ArticleMetadata> & { body?: ArticleBody };

export const SAVE_DELAY_MS = 600;
const RETRY_DELAY_MS = 3000;
const BACKUP_PREFIX = "copydesk:unsaved:";

export class ArticleSession {
  readonly articleId: string;
  private pending: ArticleChanges = {};
  private bodyDirty = false;
  private inFlight: ArticleChanges | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: SaveState = "saved";
  private lastError = "";
  private readonly listeners = new Set<() => void>();
  private readonly client: CopydeskClient;
  private readonly readBody: () => ArticleBody | null;
  private readonly onSaved: (article: Article) => void;

  constructor(
    articleId: string,
    client: CopydeskClient,
    readBody: () => ArticleBody | null,
    onSaved: (article: Article) => void,
  ) {
    this.articleId = articleId;
    this.client = client;
    this.readBody = readBody;
    this.onSaved = onSaved;
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
    this.schedule();
  }

  metadataChanged(changes: Partial<ArticleMetadata>): void {
    this.pending = { ...this.pending, ...changes };
    this.schedule();
  }

  /** Write everything now (switching article, Ctrl+S, closing). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) return; // the running save calls flush again when it ends
    const changes = this.takePending();
    if (!changes) return;
    this.inFlight = changes;
    this.setState("saving");
    try {
      const saved = await this.client["articles.update"]({ id: this.articleId, changes });
      this.inFlight = null;
      clearBackup(this.articleId);
      this.onSaved(saved);
      if (this.hasUnsaved) void this.flush();
      else this.setState("saved");
    } catch (error) {
      // Put the failed changes back under any newer ones and try again shortly.
      this.pending = { ...changes, ...this.pending };
      this.inFlight = null;
      this.lastError = (error as Error).message;
      this.setState("error");
      this.timer = setTimeout(() => void this.flush(), RETRY_DELAY_MS);
    }
  }

  /** Keep unsaved changes in localStorage; called when the page is going away. */
  backup(): void {
    if (!this.hasUnsaved) return;
    const body = this.bodyDirty ? this.readBody() : undefined;
    const changes: ArticleChanges = { ...this.inFlight, ...this.pending, ...(body ? { body } : {}) };
    try {
      localStorage.setItem(BACKUP_PREFIX + this.articleId, JSON.stringify({ at: Date.now(), changes }));
    } catch {
      // Storage full or unavailable: the last autosave (under a second old) is what survives.
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private takePending(): ArticleChanges | null {
    const body = this.bodyDirty ? this.readBody() : null;
    this.bodyDirty = false;
    const changes: ArticleChanges = { ...this.pending, ...(body ? { body } : {}) };
    this.pending = {};
    return Object.keys(changes).length ? changes : null;
  }

  private schedule(): void {
    if (this.state !== "saving") this.setState("unsaved");
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function clearBackup(articleId: string): void {
  try {
    localStorage.removeItem(BACKUP_PREFIX + articleId);
  } catch {
    // nothing to clear
  }
}

/** At start-up: write back changes a previous window could not save. Returns how many. */
export async function recoverUnsavedChanges(client: CopydeskClient): Promise<number> {
  let recovered = 0;
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_PREFIX));
  for (const key of keys) {
    const articleId = key.slice(BACKUP_PREFIX.length);
    try {
      const { changes } = JSON.parse(localStorage.getItem(key) ?? "{}") as { changes: ArticleChanges };
      await client["articles.update"]({ id: articleId, changes });
      recovered++;
      localStorage.removeItem(key);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // An article deleted since, or a backup that no longer parses, cannot be written back.
      if (code === "not-found" || code === "bad-input" || error instanceof SyntaxError)
        localStorage.removeItem(key);
    }
  }
  return recovered;
}
