// The publish gate's dialog: the library refused to let the story go out while blockers are
// open; the editor can go back and fix them, or override with a reason that is recorded.
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { ArticleStatus } from "../../shared/article/status.ts";
import { overrideLabel } from "./gate.ts";

export interface GateBlocker {
  id: string;
  rule: string;
  message: string;
  excerpt: string;
}

export interface PublishGateDialogProps {
  status: ArticleStatus;
  refusal: string;
  blockers: GateBlocker[];
  onOverride: (reason: string) => Promise<void>;
  onCancel: () => void;
}

export function PublishGateDialog({
  status,
  refusal,
  blockers,
  onOverride,
  onCancel,
}: PublishGateDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);

  // Modal: the rest of the app waits until the editor decides.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    try {
      await onOverride(reason.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="publish-gate"
      aria-label="Publish gate"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2>Open blockers</h2>
        <p>{refusal}</p>
        <ul className="gate-blockers" aria-label="Open blockers">
          {blockers.map((b) => (
            <li key={`${b.rule}:${b.id}`}>
              <strong>{b.rule}</strong> <q>{b.excerpt}</q>
              <div className="muted">{b.message}</div>
            </li>
          ))}
        </ul>
        <label className="field">
          <span>Reason for override</span>
          <textarea autoFocus required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="gate-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="danger" disabled={busy || !reason.trim()}>
            {overrideLabel(status)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
