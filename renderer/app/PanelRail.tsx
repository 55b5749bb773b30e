// The thin strip a folded panel leaves behind, with the button that unfolds it.
import { MOD } from "../workspace/platform.ts";
import type { Panel } from "./usePanels.ts";

const LABELS: Record<Panel, { name: string; key: string; arrow: [string, string] }> = {
  library: { name: "library", key: "L", arrow: ["‹", "›"] },
  inspector: { name: "inspector", key: "I", arrow: ["›", "‹"] },
};

export function PanelToggle({
  panel,
  shown,
  onToggle,
}: {
  panel: Panel;
  shown: boolean;
  onToggle: () => void;
}) {
  const { name, key, arrow } = LABELS[panel];
  const label = `${shown ? "Hide" : "Show"} the ${name}`;
  return (
    <button
      type="button"
      className={`panel-toggle panel-toggle-${panel}`}
      aria-label={label}
      aria-expanded={shown}
      title={`${label} (${MOD}+Alt+${key})`}
      onClick={onToggle}
    >
      {shown ? arrow[0] : arrow[1]}
    </button>
  );
}
