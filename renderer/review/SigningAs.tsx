// "Signing as <name> (change)": whose name goes on sign-offs and overrides. The library keeps it
// in its settings; by default it is the OS user.
import { type FormEvent, useEffect, useState } from "react";
import { client } from "../client/index.ts";

export function SigningAs({ notify }: { notify: (message: string) => void }) {
  const [name, setName] = useState("");
  const [draft, setDraft] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client["library.info"]({}).then(
      (info) => live && setName(info.editorName),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft?.trim()) return;
    try {
      setName((await client["settings.setEditorName"]({ name: draft.trim() })).editorName);
      setDraft(null);
    } catch (error) {
      notify((error as Error).message);
    }
  };

  if (draft !== null) {
    return (
      <form className="signing-as" onSubmit={save}>
        <label>
          Your name on sign-offs
          <input autoFocus value={draft} onChange={(e) => setDraft(e.target.value)} required />
        </label>
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <p className="signing-as muted">
      Signing as <strong data-testid="editor-name">{name || "…"}</strong>{" "}
      <button type="button" className="link-button" onClick={() => setDraft(name)}>
        (change)
      </button>
    </p>
  );
}
