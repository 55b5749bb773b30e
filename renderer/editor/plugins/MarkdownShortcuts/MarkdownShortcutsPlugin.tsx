// Markdown-style shortcuts while typing (see transformers.ts for which ones).
import { MarkdownShortcutPlugin } from "@lexical/react/LexicalMarkdownShortcutPlugin";
import { STORY_SHORTCUTS } from "./transformers.ts";

export function MarkdownShortcutsPlugin() {
  return <MarkdownShortcutPlugin transformers={STORY_SHORTCUTS} />;
}
