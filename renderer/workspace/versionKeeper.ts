// Versions in History at the points where an editor would want one, besides Ctrl+S and
// the library's own every-five-minutes: after a burst of work, once the editor pauses;
// on leaving the story for another; before a change made in bulk (Accept all, an import
// into the story). Nothing is kept when nothing changed since the last version.

/** How long the editor must be still before a burst of work is kept. */
export const PAUSE_MS = 45_000;
/** Shorter stretches of editing are not worth a version of their own. */
export const MIN_BURST_MS = 20_000;

export interface VersionKeeperDeps {
  /** Put every change in the library; false when something could not be saved. */
  flush(): Promise<boolean>;
  checkpoint(reason: string): Promise<unknown>;
  now?: () => number;
}

export class VersionKeeper {
  private firstEditAt: number | null = null;
  private lastEditAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly deps: VersionKeeperDeps;

  constructor(deps: VersionKeeperDeps) {
    this.deps = deps;
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /** True when the story changed since its last version. */
  get hasNewWork(): boolean {
    return this.firstEditAt !== null;
  }

  /** Called on every edit of the words or the details. */
  edited(): void {
    if (this.disposed) return;
    const now = this.now();
    this.firstEditAt ??= now;
    this.lastEditAt = now;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.afterPause(), PAUSE_MS);
  }

  private async afterPause(): Promise<void> {
    if (this.firstEditAt !== null && this.lastEditAt - this.firstEditAt >= MIN_BURST_MS)
      await this.keep("After a burst of work").catch(() => false);
  }

  /**
   * Keep a version now. Unless `always` (the editor asked for one), nothing happens when
   * the story has not changed since the last version. True when a version was kept.
   */
  async keep(reason: string, always = false): Promise<boolean> {
    if (!always && this.firstEditAt === null) return false;
    const editsBefore = this.lastEditAt;
    if (!(await this.deps.flush())) return false;
    await this.deps.checkpoint(reason);
    // Edits made while the version was being written belong to the next one.
    if (this.lastEditAt === editsBefore) {
      this.firstEditAt = null;
      clearTimeout(this.timer);
    }
    return true;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}
