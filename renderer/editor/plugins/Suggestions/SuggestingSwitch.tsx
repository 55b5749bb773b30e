// The toolbar's "Editing / Suggesting" switch (Ctrl/Cmd+Shift+E): two buttons, one pressed.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { MOD } from "../../../workspace/platform.ts";
import { SET_SUGGESTING_COMMAND, useSuggesting } from "./mode.ts";

export function SuggestingSwitch() {
  const [editor] = useLexicalComposerContext();
  const suggesting = useSuggesting(editor);
  const choose = (mode: boolean) => {
    editor.dispatchCommand(SET_SUGGESTING_COMMAND, mode);
    editor.focus();
  };
  const title = `Switch between editing and suggesting (${MOD}+Shift+E)`;
  return (
    <span className="suggesting-switch" role="group" aria-label="Editing or suggesting" title={title}>
      <button type="button" aria-pressed={!suggesting} onClick={() => choose(false)}>
        Editing
      </button>
      <button type="button" aria-pressed={suggesting} onClick={() => choose(true)}>
        Suggesting
      </button>
    </span>
  );
}
