// Under the story: words, reading time, "Save version" and where autosave stands.
import type { SaveState } from "../workspace/articleSession.ts";
import { MOD } from "../workspace/platform.ts";
import { readingMinutes } from "../../shared/document/text.ts";
import { WordTarget } from "./length/WordTarget.tsx";

const SAVE_LABELS: Record<SaveState, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  error: "Not saved: retrying",
};

export interface StatusBarProps {
  words: number;
  saveState: SaveState;
  error: string;
  onSaveVersion: () => void;
}

export function StatusBar({ words, saveState, error, onSaveVersion }: StatusBarProps) {
  return (
    <footer className="status-bar" aria-label="Status">
      <span data-testid="word-count">{words} words</span>
      <WordTarget words={words} />
      <span>{readingMinutes(words)} min read</span>
      <span className="spacer" />
      <button
        type="button"
        className="link-button"
        title="Keep this version in History (versions are also kept as you work)"
        onClick={onSaveVersion}
      >
        Save version ({MOD}+S)
      </button>
      <span data-testid="save-state" className={`save-state save-${saveState}`} title={error}>
        {SAVE_LABELS[saveState]}
      </span>
    </footer>
  );
}
