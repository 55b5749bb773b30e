// Add or edit one house-style rule. The library checks it (a bad regex is refused with why).
import { type FormEvent, useState } from "react";
import { STYLE_RULE_KINDS, type StyleRule } from "../../../shared/review/style/index.ts";

const EMPTY: StyleRule = {
  id: "",
  kind: "word",
  pattern: "",
  replacement: "",
  category: "",
  description: "",
  caseSensitive: false,
};

export interface RuleFormProps {
  rule?: StyleRule;
  onSave: (rule: StyleRule) => Promise<boolean>;
  onCancel: () => void;
}

export function RuleForm({ rule, onSave, onCancel }: RuleFormProps) {
  const [draft, setDraft] = useState<StyleRule>(rule ?? EMPTY);
  const set = (changes: Partial<StyleRule>) => setDraft((d) => ({ ...d, ...changes }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onSave({ ...draft, id: draft.id.trim() });
  };
  return (
    <form
      className="style-rule-form"
      aria-label={rule ? `Edit rule ${rule.id}` : "New rule"}
      onSubmit={submit}
    >
      <label>
        Rule id
        <input value={draft.id} required onChange={(e) => set({ id: e.target.value })} />
      </label>
      <label>
        Kind
        <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as StyleRule["kind"] })}>
          {STYLE_RULE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        Pattern
        <input
          value={draft.pattern}
          required
          spellCheck={false}
          onChange={(e) => set({ pattern: e.target.value })}
        />
      </label>
      <label>
        Replacement
        <input
          value={draft.replacement}
          spellCheck={false}
          onChange={(e) => set({ replacement: e.target.value })}
        />
      </label>
      <label>
        Category
        <input value={draft.category} onChange={(e) => set({ category: e.target.value })} />
      </label>
      <label>
        Description
        <input value={draft.description} onChange={(e) => set({ description: e.target.value })} />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.caseSensitive}
          onChange={(e) => set({ caseSensitive: e.target.checked })}
        />
        Case-sensitive
      </label>
      <div className="form-actions">
        <button type="submit" className="primary">
          Save rule
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
