// What the live review knows about one open article, shared by the plugin that runs it (inside
// the editor) and the tab that shows it (mounted only while open). Keyed by the workspace's
// autosave session, which lives exactly as long as the open article.
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import type { HouseStyle } from "../../shared/api/deskContract.ts";
import type { Finding, ReviewSource } from "../../shared/review/index.ts";

export interface ReviewState {
  findings: Finding[];
  /** The plain text the findings' offsets point into. */
  reviewedText: string;
  /** The article's sign-offs and overrides, as the library holds them. */
  signOffs: SignOffRecord[];
  /** Library sources the review checks names against; null until loaded. */
  sources: ReviewSource[] | null;
  /** The library's house style sheet and placeholder markers; null until loaded. */
  houseStyle: HouseStyle | null;
  /** The editor changed and a fresh review is due or running. */
  reviewing: boolean;
  /** At least one review has finished. */
  ready: boolean;
  error: string;
}

const INITIAL: ReviewState = {
  findings: [],
  reviewedText: "",
  signOffs: [],
  sources: null,
  houseStyle: null,
  reviewing: true,
  ready: false,
  error: "",
};

export class ReviewStore {
  private state: ReviewState = INITIAL;
  private readonly listeners = new Set<() => void>();

  get = (): ReviewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(changes: Partial<ReviewState>): void {
    // Skip no-op updates: the plugin reports "reviewing" on every keystroke.
    const keys = Object.keys(changes) as (keyof ReviewState)[];
    if (keys.every((k) => Object.is(this.state[k], changes[k]))) return;
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }

  signedOff(record: SignOffRecord): void {
    this.update({ signOffs: [...this.state.signOffs.filter((s) => s.id !== record.id), record] });
  }

  withdrawn(id: string): void {
    this.update({ signOffs: this.state.signOffs.filter((s) => s.id !== id) });
  }
}

const stores = new WeakMap<object, ReviewStore>();

export function reviewStoreFor(key: object): ReviewStore {
  let store = stores.get(key);
  if (!store) {
    store = new ReviewStore();
    stores.set(key, store);
  }
  return store;
}
