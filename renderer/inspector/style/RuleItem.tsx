// One house-style rule in the Style tab's list.
import type { StyleRule } from "../../../shared/review/style/index.ts";

export function RuleItem({
  rule,
  onEdit,
  onDelete,
}: {
  rule: StyleRule;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <li data-rule={rule.id}>
      <span className="style-rule-id">{rule.id}</span> <span className="muted">{rule.category}</span>
      <code className="style-rule-pattern">{rule.pattern}</code> →{" "}
      <code>{rule.replacement || "(remove)"}</code>
      <p className="muted">{rule.description}</p>
      <button type="button" className="link-button" onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="link-button" aria-label={`Delete rule ${rule.id}`} onClick={onDelete}>
        Delete
      </button>
    </li>
  );
}
