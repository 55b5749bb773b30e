// The inspector's tabs for the open article: Details, Sources, Review, Comments, Style, History.
import type { ReactNode } from "react";
import type { Article, ArticleMetadata } from "../../shared/api/schemas.ts";
import type { ArticleStatus } from "../../shared/article/status.ts";
import { CommentsTab, CommentsTabLabel } from "../editor/plugins/Comments/CommentsTab.tsx";
import { DetailsTab } from "../inspector/DetailsTab.tsx";
import { HistoryTab } from "../inspector/HistoryTab.tsx";
import { StyleTab } from "../inspector/style/StyleTab.tsx";
import { Inspector } from "../inspector/Inspector.tsx";
import { ReviewTab } from "../review/ReviewTab.tsx";
import { ReviewTabLabel } from "../review/ReviewTabLabel.tsx";
import { SourcesTab } from "../sources/SourcesTab.tsx";

export interface ArticleInspectorProps {
  tab: string;
  onTab: (id: string) => void;
  toggle: ReactNode;
  saved: Article;
  metadata: ArticleMetadata;
  onChange: (changes: Partial<ArticleMetadata>) => void;
  onStatus: (status: ArticleStatus) => void;
  onTrash: () => void;
  onRestore: (revisionId: string) => void;
}

export function ArticleInspector({ tab, onTab, toggle, saved, metadata, ...actions }: ArticleInspectorProps) {
  return (
    <Inspector
      active={tab}
      onSelect={onTab}
      toggle={toggle}
      tabs={[
        {
          id: "details",
          label: "Details",
          render: () => (
            <DetailsTab
              metadata={metadata}
              createdAt={saved.createdAt}
              updatedAt={saved.updatedAt}
              onChange={actions.onChange}
              onStatus={actions.onStatus}
              onTrash={actions.onTrash}
            />
          ),
        },
        { id: "sources", label: "Sources", render: () => <SourcesTab /> },
        { id: "review", label: <ReviewTabLabel />, render: () => <ReviewTab /> },
        { id: "comments", label: <CommentsTabLabel />, render: () => <CommentsTab /> },
        { id: "style", label: "Style", render: () => <StyleTab /> },
        {
          id: "history",
          label: "History",
          render: () => (
            <HistoryTab articleId={saved.id} version={saved.updatedAt} onRestore={actions.onRestore} />
          ),
        },
      ]}
    />
  );
}
