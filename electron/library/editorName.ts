// Who is editing, as the library knows it: the name set in Settings, else the system user.
// Sign-offs, overrides, corrections, comments and revisions all name the editor through this.
import { userInfo } from "node:os";
import { editorInitials } from "../../shared/article/editor.ts";
import type { LibraryReader } from "./store/interface.ts";

function systemUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "Editor";
  }
}

export function editorNameIn(reader: Pick<LibraryReader, "getSetting">): string {
  return reader.getSetting("editorName") ?? systemUserName();
}

/** The editor's initials: set by hand in Settings, else derived from the name. */
export function editorInitialsIn(reader: Pick<LibraryReader, "getSetting">): string {
  return editorInitials(editorNameIn(reader), reader.getSetting("editorInitials"));
}
