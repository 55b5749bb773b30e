// "Signing as <name> (change)": whose name goes on sign-offs and overrides. The library keeps it
// in Settings (by default the OS user); "change" opens Settings.
import { openSettings } from "../settings/SettingsDialog.tsx";
import { useEditorIdentity } from "../settings/editorIdentity.ts";

export function SigningAs() {
  const identity = useEditorIdentity();
  return (
    <p className="signing-as muted">
      Signing as <strong data-testid="editor-name">{identity?.name ?? "…"}</strong>
      {identity && <span> ({identity.initials})</span>}{" "}
      <button type="button" className="link-button" onClick={openSettings}>
        (change)
      </button>
    </p>
  );
}
