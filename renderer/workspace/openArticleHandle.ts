// How App leaves the open article: the workspace registers this handle with App.
export interface OpenArticleHandle {
  articleId: string;
  /** Save everything, keep a version if anything changed; false when not all was saved. */
  leave(): Promise<boolean>;
  /** The page is going away: keep unsaved changes in localStorage and start a save. */
  backup(): void;
}
