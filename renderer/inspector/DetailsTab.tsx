// Article details: the metadata that is not the headline, dek or body.
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from "../../shared/article/status.ts";
import type { ArticleMetadata } from "../../shared/api/schemas.ts";

export interface DetailsTabProps {
  metadata: ArticleMetadata;
  createdAt: string;
  updatedAt: string;
  onChange: (changes: Partial<ArticleMetadata>) => void;
  /** Status changes go through the publish gate, not autosave. */
  onStatus: (status: ArticleStatus) => void;
  onTrash: () => void;
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function DetailsTab({ metadata, createdAt, updatedAt, onChange, onStatus, onTrash }: DetailsTabProps) {
  return (
    <div className="details">
      <Field label="Status">
        <select value={metadata.status} onChange={(e) => onStatus(e.target.value as ArticleStatus)}>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Byline">
        <input
          value={metadata.byline}
          onChange={(e) => onChange({ byline: e.target.value })}
          placeholder="By …"
        />
      </Field>
      <Field label="Dateline">
        <input
          value={metadata.dateline}
          onChange={(e) => onChange({ dateline: e.target.value })}
          placeholder="CITY"
        />
      </Field>
      <Field label="Section">
        <input value={metadata.section} onChange={(e) => onChange({ section: e.target.value })} />
      </Field>
      <Field label="Tags (comma-separated)">
        <input
          defaultValue={metadata.tags.join(", ")}
          onBlur={(e) =>
            onChange({
              tags: e.target.value
                .split(",")
                .map((t) => t.trim())
                .filter(Boolean),
            })
          }
        />
      </Field>
      <Field label="Slug">
        <input
          key={metadata.slug}
          defaultValue={metadata.slug}
          onBlur={(e) => e.target.value !== metadata.slug && onChange({ slug: e.target.value })}
        />
      </Field>
      <p className="muted">
        Created {new Date(createdAt).toLocaleString()} · Updated {new Date(updatedAt).toLocaleString()}
      </p>
      <button type="button" className="danger" onClick={onTrash}>
        Move to Trash
      </button>
    </div>
  );
}
