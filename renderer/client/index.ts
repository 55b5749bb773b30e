// "The client": the renderer's one door to the library. Inside Electron the preload
// script has exposed a bridge; in a browser the page talks to the loopback web host.
import { CALL_NAMES, type CallName } from "../../shared/api/contract.ts";
import { type CopydeskClient, createClient, type Send } from "../../shared/api/client.ts";
import type { Envelope } from "../../shared/api/envelope.ts";

/** What electron/preload exposes on window.copydesk. */
export interface CopydeskBridge {
  call(name: CallName, input: unknown): Promise<Envelope<unknown>>;
  /** Save dialog then write; the chosen path, or null when cancelled. */
  saveFile(suggestedName: string, content: string): Promise<string | null>;
  /** Folder picker; the chosen folder, or null. */
  chooseFolder(): Promise<string | null>;
  /** Menu commands from the main process ("new-article", "export", …). */
  onMenuCommand(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    copydesk?: CopydeskBridge;
  }
}

/**
 * The web host's door. The session is an HttpOnly cookie the browser earned by opening the
 * printed address: the page never holds a token, and same-origin fetches carry the cookie.
 * Every answer, error or not, is an envelope (the status code is for other HTTP clients).
 */
function webSend(): Send {
  return async (name, input) => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: "internal", message: "Copydesk's library is not reachable. Is it still running?" },
      };
    }
  };
}

// No window in the unit tests that load editor nodes (their views import the client).
export const bridge: CopydeskBridge | undefined = typeof window === "undefined" ? undefined : window.copydesk;

export const client: CopydeskClient = createClient(
  bridge ? (name, input) => bridge.call(name, input) : webSend(),
  CALL_NAMES,
);
