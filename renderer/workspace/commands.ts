// App commands ("new-article", "export", "find"…) travel as one DOM event, so the menu,
// keyboard shortcuts and buttons reach whichever component handles them without wiring.
import { useEffect } from "react";

const EVENT = "copydesk:command";

export function emitCommand(command: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: command }));
}

export function useCommand(command: string, handler: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<string>).detail === command) handler();
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [command, handler]);
}
