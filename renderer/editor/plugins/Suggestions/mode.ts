// Editing or Suggesting: which way typing goes in one editor. Kept beside the editor (not in the
// document: it is this person's way of working, not the story's), shared by the switch in the
// toolbar, the plugin that turns edits into suggestions, and the shortcut.
import { createCommand, type LexicalEditor } from "lexical";
import { useSyncExternalStore } from "react";

/** Switch an editor between Editing and Suggesting (payload: the mode, or undefined to flip). */
export const SET_SUGGESTING_COMMAND = createCommand<boolean | undefined>("SET_SUGGESTING_COMMAND");

/** Ctrl/Cmd+Shift+E, as Word's Track Changes: not taken in Copydesk or Lexical. */
export const SUGGESTING_SHORTCUT = { code: "KeyE", shift: true } as const;

interface ModeStore {
  suggesting: boolean;
  listeners: Set<() => void>;
}

const stores = new WeakMap<LexicalEditor, ModeStore>();

function storeOf(editor: LexicalEditor): ModeStore {
  let store = stores.get(editor);
  if (!store) {
    store = { suggesting: false, listeners: new Set() };
    stores.set(editor, store);
  }
  return store;
}

export function isSuggesting(editor: LexicalEditor): boolean {
  return storeOf(editor).suggesting;
}

export function setSuggesting(editor: LexicalEditor, suggesting: boolean): void {
  const store = storeOf(editor);
  if (store.suggesting === suggesting) return;
  store.suggesting = suggesting;
  for (const listener of store.listeners) listener();
}

export function useSuggesting(editor: LexicalEditor): boolean {
  const store = storeOf(editor);
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.suggesting,
  );
}

export function isSuggestingShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    event.shiftKey === SUGGESTING_SHORTCUT.shift &&
    event.code === SUGGESTING_SHORTCUT.code
  );
}
