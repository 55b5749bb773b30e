// An article's place in the desk's workflow.
export const ARTICLE_STATUSES = ["draft", "in-edit", "ready", "published"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  "in-edit": "In edit",
  ready: "Ready",
  published: "Published",
};
