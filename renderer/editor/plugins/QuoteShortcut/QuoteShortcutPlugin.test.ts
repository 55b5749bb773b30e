import { COMMAND_PRIORITY_LOW, createEditor, KEY_MODIFIER_COMMAND } from "lexical";
import { expect, it } from "vitest";
import { TAG_QUOTE_COMMAND } from "../QuoteTagging/commands.ts";
import { registerQuoteShortcut } from "./QuoteShortcutPlugin.tsx";

/** An editor with the shortcut, counting the tag requests it sends. */
function editorCountingTags() {
  const editor = createEditor({
    onError: (e) => {
      throw e;
    },
  });
  registerQuoteShortcut(editor);
  const asked = { tags: 0 };
  editor.registerCommand(TAG_QUOTE_COMMAND, () => (asked.tags++, true), COMMAND_PRIORITY_LOW);
  const press = (keys: Partial<KeyboardEvent>) => {
    const event = { ctrlKey: false, metaKey: false, shiftKey: false, code: "", defaultPrevented: false };
    Object.assign(event, keys);
    const preventDefault = () => (event.defaultPrevented = true);
    editor.dispatchCommand(KEY_MODIFIER_COMMAND, { ...event, preventDefault } as unknown as KeyboardEvent);
    return event;
  };
  return { press, asked };
}

it("asks to tag the selection on Ctrl+Shift+Q and Cmd+Shift+Q", () => {
  const { press, asked } = editorCountingTags();
  // The browser's own Ctrl+Shift+Q (quit) never runs.
  expect(press({ ctrlKey: true, shiftKey: true, code: "KeyQ" }).defaultPrevented).toBe(true);
  expect(press({ metaKey: true, shiftKey: true, code: "KeyQ" }).defaultPrevented).toBe(true);
  expect(asked.tags).toBe(2);
});

it("leaves other shortcuts to the editor (Ctrl+Q, Ctrl+Shift+W)", () => {
  const { press, asked } = editorCountingTags();
  expect(press({ ctrlKey: true, code: "KeyQ" }).defaultPrevented).toBe(false);
  expect(press({ ctrlKey: true, shiftKey: true, code: "KeyW" }).defaultPrevented).toBe(false);
  expect(asked.tags).toBe(0);
});
