// App-wide keyboard shortcuts. They work in the browser too; in Electron the menu sends
// the same commands (see electron/main's menu).
import { useEffect } from "react";
import { bridge } from "../client/index.ts";

/** Ctrl/Cmd + key → command; Shift must match, Alt is needed only where listed. */
const SHORTCUTS: { key: string; shift?: boolean; alt?: boolean; command: string }[] = [
  { key: "s", command: "save-version" },
  { key: "f", shift: true, command: "find" },
  { key: "e", command: "export" },
  { key: "n", alt: true, command: "new-article" },
  { key: "l", alt: true, command: "toggle-library" },
  { key: "i", alt: true, command: "toggle-inspector" },
  { key: ",", command: "settings" },
];

export function useShortcuts(runCommand: (command: string) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      // e.code, not e.key: with Alt held, macOS turns the letter into another character.
      const key = e.code.startsWith("Key") ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
      const shortcut = SHORTCUTS.find(
        (s) => s.key === key && !!s.shift === e.shiftKey && (!s.alt || e.altKey),
      );
      if (!shortcut) return;
      e.preventDefault();
      runCommand(shortcut.command);
    };
    window.addEventListener("keydown", onKey);
    const offMenu = bridge?.onMenuCommand(runCommand);
    return () => {
      window.removeEventListener("keydown", onKey);
      offMenu?.();
    };
  }, [runCommand]);
}
