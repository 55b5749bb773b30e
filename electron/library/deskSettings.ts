// The desk's settings as the service reads them: placeholder markers kept in the settings table.
import { DEFAULT_PLACEHOLDER_MARKERS } from "../../shared/review/index.ts";
import type { LibraryReader } from "./store/interface.ts";

export const MARKERS_KEY = "placeholderMarkers";

/** The desk's placeholder markers: the stored list, else the default ("TK"). */
export function placeholderMarkers(store: LibraryReader): string[] {
  const stored = store.getSetting(MARKERS_KEY);
  if (stored === undefined) return [...DEFAULT_PLACEHOLDER_MARKERS];
  try {
    const list: unknown = JSON.parse(stored);
    return Array.isArray(list) ? list.filter((m): m is string => typeof m === "string") : [];
  } catch {
    return [...DEFAULT_PLACEHOLDER_MARKERS];
  }
}
