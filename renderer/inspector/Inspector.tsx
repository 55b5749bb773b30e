// The inspector on the right: tabs about the open article.
import type { ReactNode } from "react";

export interface InspectorTab {
  id: string;
  label: ReactNode;
  render: () => ReactNode;
}

export interface InspectorProps {
  tabs: InspectorTab[];
  active: string;
  onSelect: (id: string) => void;
  /** The button that folds the inspector away. */
  toggle?: ReactNode;
}

export function Inspector({ tabs, active, onSelect, toggle }: InspectorProps) {
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <aside className="inspector" aria-label="Inspector">
      <div role="tablist" className="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === current?.id}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
        <span className="tabs-spacer" />
        {toggle}
      </div>
      <div role="tabpanel" className="tab-body">
        {current?.render()}
      </div>
    </aside>
  );
}
