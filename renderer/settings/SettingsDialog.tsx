// Settings…: who is editing. The name and initials go on sign-offs, overrides, corrections,
// comments and revisions. Opened from the library panel, from "Signing as" in the Review tab,
// and by the "settings" command (the menu's Settings…).
import { type FormEvent, useCallback, useState } from "react";
import { initialsOf } from "../../shared/article/editor.ts";
import { ModalDialog } from "../export/ModalDialog.tsx";
import { emitCommand, useCommand } from "../workspace/commands.ts";
import { type EditorIdentity, saveEditorIdentity, useEditorIdentity } from "./editorIdentity.ts";
import "./settings.css";

function SettingsForm({ identity, onClose }: { identity: EditorIdentity; onClose: () => void }) {
  const [name, setName] = useState(identity.name);
  // Initials typed by hand; left blank they follow the name.
  const [initials, setInitials] = useState(
    identity.initials === initialsOf(identity.name) ? "" : identity.initials,
  );
  const [error, setError] = useState("");

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveEditorIdentity(name, initials);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form className="settings-form" onSubmit={(e) => void save(e)}>
      <h2>Settings</h2>
      <fieldset>
        <legend>Who is editing</legend>
        <label className="field">
          <span>Your name</span>
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          <span>Initials</span>
          <input
            value={initials}
            placeholder={initialsOf(name)}
            onChange={(e) => setInitials(e.target.value)}
            maxLength={8}
          />
        </label>
        <p className="muted">Shown on your sign-offs, comments and the versions you keep.</p>
      </fieldset>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Open Settings from anywhere (a button, the menu). */
export const openSettings = () => emitCommand("settings");

export function SettingsButton() {
  return (
    <button type="button" onClick={openSettings}>
      Settings…
    </button>
  );
}

/** The dialog itself, mounted once with the window, so every "settings" command reaches it. */
export function SettingsHost() {
  const [open, setOpen] = useState(false);
  const identity = useEditorIdentity();
  useCommand(
    "settings",
    useCallback(() => setOpen(true), []),
  );
  if (!open || !identity) return null;
  return (
    <ModalDialog label="Settings" onClose={() => setOpen(false)}>
      <SettingsForm identity={identity} onClose={() => setOpen(false)} />
    </ModalDialog>
  );
}
