// The inline form that signs a finding off: a note saying why it is fine is required.
import { type FormEvent, useState } from "react";

export interface SignOffFormProps {
  onSignOff: (note: string) => Promise<boolean>;
  onCancel: () => void;
}

export function SignOffForm({ onSignOff, onCancel }: SignOffFormProps) {
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    setBusy(true);
    if (!(await onSignOff(note.trim()))) setBusy(false);
  };
  return (
    <form className="sign-off-form" onSubmit={submit}>
      <label>
        Sign-off note (why it is fine)
        <textarea
          autoFocus
          required
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="Confirmed with the agency"
        />
      </label>
      <div className="sign-off-actions">
        <button type="submit" className="primary" disabled={busy || !note.trim()}>
          Sign off
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
