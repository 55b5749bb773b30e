// The library and inspector panels can be folded away (Ctrl/Cmd+Alt+L, Ctrl/Cmd+Alt+I, or
// their buttons) to give the story the width of a small window; the choice is remembered.
import { useCallback, useState } from "react";
import { type PanelLayout, savedPanelLayout, savePanelLayout } from "./preferences.ts";

export type Panel = keyof PanelLayout;

export function usePanels() {
  const [layout, setLayout] = useState<PanelLayout>(savedPanelLayout);
  const toggle = useCallback((panel: Panel) => {
    setLayout((current) => {
      const next = { ...current, [panel]: !current[panel] };
      savePanelLayout(next);
      return next;
    });
  }, []);
  return { layout, toggle };
}
