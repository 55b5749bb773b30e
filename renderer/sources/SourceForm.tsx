// Editing what the library records about a source. Private contact notes are marked as
// such: they never leave the machine.
import { useState } from "react";
import {
  REACHED_VIA,
  REACHED_VIA_LABELS,
  type Source,
  type SourceFields,
  STANDING_LABELS,
  STANDINGS,
} from "../../shared/api/sourceSchemas.ts";
import { client } from "../client/index.ts";
import { formProblem } from "./sourceRules.ts";

function fieldsOf(s: Source): SourceFields {
  const { id: _id, createdAt: _c, updatedAt: _u, quoteCount: _q, ...fields } = s;
  return fields;
}

/** One part of the form: the fields so far, and how to change them. */
interface PartProps {
  fields: SourceFields;
  set: (changes: Partial<SourceFields>) => void;
  tried?: boolean;
}

type TextKey = { [K in keyof SourceFields]: string extends SourceFields[K] ? K : never }[keyof SourceFields];

/** A labelled one-line text field for one of the source's text fields. */
function TextField({ label, name, fields, set }: PartProps & { label: string; name: TextKey }) {
  return (
    <label className="field">
      {label}
      <input value={fields[name]} onChange={(e) => set({ [name]: e.target.value })} />
    </label>
  );
}

function WhoFields({ fields, set }: PartProps) {
  return (
    <>
      <TextField label="Name" name="name" fields={fields} set={set} />
      <label className="field">
        Kind
        <select value={fields.kind} onChange={(e) => set({ kind: e.target.value as SourceFields["kind"] })}>
          <option value="person">Person</option>
          <option value="body">Body (ministry, company, group)</option>
        </select>
      </label>
      <TextField label="Title or role" name="title" fields={fields} set={set} />
      <TextField label="Organization" name="organization" fields={fields} set={set} />
    </>
  );
}

function ReachedFields({ fields, set }: PartProps) {
  return (
    <>
      <label className="field">
        Reached via
        <select
          value={fields.reachedVia}
          onChange={(e) => set({ reachedVia: e.target.value as SourceFields["reachedVia"] })}
        >
          {REACHED_VIA.map((r) => (
            <option key={r} value={r}>
              {REACHED_VIA_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      {fields.reachedVia === "social-media" && (
        <div className="field-row">
          <TextField label="Platform" name="platform" fields={fields} set={set} />
          <TextField label="Handle" name="handle" fields={fields} set={set} />
        </div>
      )}
    </>
  );
}

function StandingFields({ fields, set, tried }: PartProps) {
  return (
    <>
      <label className="field">
        Standing
        <select
          value={fields.standing}
          onChange={(e) => set({ standing: e.target.value as SourceFields["standing"] })}
        >
          {STANDINGS.map((s) => (
            <option key={s} value={s}>
              {STANDING_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {fields.standing === "anonymous" && (
        <label className="field">
          Why anonymous (required)
          <textarea
            rows={2}
            value={fields.anonymityReason}
            aria-invalid={tried && !fields.anonymityReason.trim()}
            onChange={(e) => set({ anonymityReason: e.target.value })}
          />
        </label>
      )}
    </>
  );
}

function VerifiedFields({ fields, set }: PartProps) {
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={fields.verified}
          onChange={(e) => set({ verified: e.target.checked })}
        />
        Verified
      </label>
      {fields.verified && (
        <div className="field-row">
          <TextField label="Verified by" name="verifiedBy" fields={fields} set={set} />
          <label className="field">
            When
            <input
              type="date"
              value={fields.verifiedAt.slice(0, 10)}
              onChange={(e) => set({ verifiedAt: e.target.value })}
            />
          </label>
        </div>
      )}
      {fields.verified && <TextField label="How" name="verifiedHow" fields={fields} set={set} />}
    </>
  );
}

export function SourceForm({
  source,
  onSaved,
  onCancel,
}: {
  source: Source;
  onSaved: (s: Source) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<SourceFields>(() => fieldsOf(source));
  const [error, setError] = useState("");
  const [tried, setTried] = useState(false);
  const set = (changes: Partial<SourceFields>) => setFields((f) => ({ ...f, ...changes }));
  const problem = formProblem(fields);

  const save = async () => {
    setTried(true);
    if (problem) return;
    try {
      onSaved(await client["sources.update"]({ id: source.id, changes: fields }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const alert = (message: string) => (
    <p role="alert" className="error-text">
      {message}
    </p>
  );

  return (
    <form
      className="source-form"
      aria-label={`Edit ${source.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <WhoFields fields={fields} set={set} />
      <ReachedFields fields={fields} set={set} />
      <StandingFields fields={fields} set={set} tried={tried} />
      <VerifiedFields fields={fields} set={set} />
      <label className="field private">
        Contact notes (Private — never exported)
        <textarea
          rows={3}
          value={fields.contactNotes}
          onChange={(e) => set({ contactNotes: e.target.value })}
        />
      </label>
      {tried && problem && alert(problem)}
      {error && alert(error)}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save source
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
