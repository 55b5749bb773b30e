// One finding in the Review tab: what is wrong, the words, the suggested fix, and its sign-off.
import { useState } from "react";
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";
import type { Finding } from "../../shared/review/index.ts";
import { SignOffForm } from "./SignOffForm.tsx";

export interface FindingItemProps {
  finding: Finding;
  signOff: SignOffRecord | null;
  onSelect: () => void;
  onFix: () => void;
  onSignOff: (note: string) => Promise<boolean>;
  onWithdraw: (id: string) => void;
}

export function FindingItem({ finding, signOff, onSelect, onFix, onSignOff, onWithdraw }: FindingItemProps) {
  const [signing, setSigning] = useState(false);
  const { fix } = finding;
  return (
    <li
      className="finding"
      data-severity={finding.severity}
      data-rule={finding.rule}
      data-state={signOff ? "signed-off" : "open"}
    >
      <button type="button" className="finding-main" onClick={onSelect} title="Show in the story">
        <span className="finding-rule">{finding.rule}</span>
        <span className="finding-message">{finding.message}</span>
        <q className="finding-excerpt">{finding.excerpt}</q>
      </button>
      {fix && !signOff && (
        <div className="finding-fix">
          {fix.speaker ? (
            // The suggestion is itself the action.
            <button type="button" onClick={onFix}>
              {fix.label}
            </button>
          ) : (
            <span className="muted">Suggested: {fix.label}</span>
          )}
          {fix.replacement !== undefined && (
            <button type="button" onClick={onFix}>
              Fix
            </button>
          )}
        </div>
      )}
      {signOff ? (
        <div className="finding-signoff">
          <span>
            Signed off by {signOff.by}, {new Date(signOff.at).toLocaleString()}: “{signOff.note}”
          </span>
          <button type="button" className="link-button" onClick={() => onWithdraw(signOff.id)}>
            Withdraw
          </button>
        </div>
      ) : signing ? (
        <SignOffForm
          onSignOff={async (note) => {
            const done = await onSignOff(note);
            if (done) setSigning(false);
            return done;
          }}
          onCancel={() => setSigning(false)}
        />
      ) : (
        <button type="button" className="link-button" onClick={() => setSigning(true)}>
          Sign off…
        </button>
      )}
    </li>
  );
}
