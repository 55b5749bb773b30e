// The inspector on the right: tabs about the open article. Later issues add Sources,
// Review and Export tabs here.
import { type ReactNode, useState } from "react";

export interface InspectorTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

export function Inspector({ tabs }: { tabs: InspectorTab[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
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
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-body">
        {current?.render()}
      </div>
    </aside>
  );
}
