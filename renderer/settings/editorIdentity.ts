// Who is editing, as the window knows it: the name and initials the library keeps in Settings.
// Loaded once and shared, so Settings, "Signing as" and the comments all show the same editor
// and change together when Settings saves.
import { useSyncExternalStore } from "react";
import { client } from "../client/index.ts";

export interface EditorIdentity {
  name: string;
  initials: string;
}

let current: EditorIdentity | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(identity: EditorIdentity): void {
  current = identity;
  for (const listener of listeners) listener();
}

function load(): void {
  loading ??= client["library.info"]({}).then(
    (info) => publish({ name: info.editorName, initials: info.editorInitials }),
    () => {
      loading = null; // try again on the next subscriber
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

/** The editor's name and initials; null until the library has answered. */
export function useEditorIdentity(): EditorIdentity | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Save the name and initials (blank initials: derived from the name again). */
export async function saveEditorIdentity(name: string, initials: string): Promise<EditorIdentity> {
  const info = await client["settings.setEditorName"]({ name: name.trim(), initials: initials.trim() });
  const saved = { name: info.editorName, initials: info.editorInitials };
  publish(saved);
  return saved;
}
