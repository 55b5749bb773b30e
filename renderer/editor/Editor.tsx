// The story editor: Lexical rich text with Copydesk's nodes and plugins. It is handed
// the stored body once (remounted per article) and reports changes to the session.
import { LexicalComposer } from "@lexical/react/LexicalComposer";
import { ContentEditable } from "@lexical/react/LexicalContentEditable";
import { EditorRefPlugin } from "@lexical/react/LexicalEditorRefPlugin";
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary";
import { HistoryPlugin } from "@lexical/react/LexicalHistoryPlugin";
import { LinkPlugin } from "@lexical/react/LexicalLinkPlugin";
import { ListPlugin } from "@lexical/react/LexicalListPlugin";
import { RichTextPlugin } from "@lexical/react/LexicalRichTextPlugin";
import type { LexicalEditor } from "lexical";
import { type ReactNode, type RefObject, useState } from "react";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { safeLinkUrl } from "../../shared/document/links.ts";
import { EDITOR_NODES } from "./nodes/index.ts";
import { ChangePlugin } from "./plugins/Change/ChangePlugin.tsx";
import { MarkdownShortcutsPlugin } from "./plugins/MarkdownShortcuts/MarkdownShortcutsPlugin.tsx";
import { FiguresPlugin } from "./plugins/figures/FiguresPlugin.tsx";
import { PastePlugin } from "./plugins/paste/PastePlugin.tsx";
import { SelectionSyncPlugin } from "./plugins/SelectionSync/SelectionSyncPlugin.tsx";
import { ToolbarPlugin } from "./plugins/Toolbar/ToolbarPlugin.tsx";
import { WordCountPlugin } from "./plugins/WordCount/WordCountPlugin.tsx";
import { editorTheme } from "./theme.ts";

export interface EditorProps {
  initialBody: ArticleBody;
  editorRef: RefObject<LexicalEditor | null>;
  onChange: () => void;
  onWordCount: (words: number) => void;
  readOnly?: boolean;
  toolbarExtra?: ReactNode;
  /**
   * A desk story's collaboration plugin: the body then comes from the story's Yjs document
   * (not initialBody) and undo is the binding's, so the local history plugin stays out.
   */
  collaboration?: ReactNode;
  children?: ReactNode;
}

// Module constants: a plugin whose props change re-registers its node transforms, which
// marks every node of that type dirty and would look like an edit to autosave.
const validateUrl = (url: string) => safeLinkUrl(url) !== null;
const LINK_ATTRIBUTES = { rel: "noopener" };

export function Editor({
  initialBody,
  editorRef,
  onChange,
  onWordCount,
  readOnly,
  toolbarExtra,
  collaboration,
  children,
}: EditorProps) {
  // LexicalComposer reads its config once, at mount; built again on every render (the
  // workspace re-renders on each word count and save state), the body's JSON.stringify
  // alone cost tens of ms a time in a 50,000-word story, on the typing path.
  const [initialConfig] = useState(() => ({
    namespace: "copydesk-article",
    theme: editorTheme,
    nodes: EDITOR_NODES,
    editable: !readOnly,
    editorState: collaboration ? null : JSON.stringify(initialBody),
    onError: (error: Error) => {
      // Keep the words on screen; the error reaches the console for a bug report.
      console.error(error);
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin extra={toolbarExtra} />
      <div className="editor-scroll">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-body" aria-label="Story body" spellCheck />}
          placeholder={<div className="editor-placeholder">Write the story…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      {collaboration ?? <HistoryPlugin />}
      <ListPlugin />
      <MarkdownShortcutsPlugin />
      <LinkPlugin validateUrl={validateUrl} attributes={LINK_ATTRIBUTES} />
      <EditorRefPlugin editorRef={editorRef} />
      <SelectionSyncPlugin />
      <ChangePlugin onChange={onChange} />
      <PastePlugin />
      <FiguresPlugin />
      <WordCountPlugin onCount={onWordCount} />
      {children}
    </LexicalComposer>
  );
}
