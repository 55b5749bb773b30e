// Sign-offs and overrides as lines in the article's history.
import type { SignOffRecord } from "../../shared/api/sourceSchemas.ts";

/** "Signed off hedge-word by alice: “Confirmed with agency”", "Override by alice: mark it ready…". */
export function describeRecord(r: SignOffRecord): string {
  if (r.kind === "override") return `Override by ${r.by}: ${r.excerpt}. Reason: “${r.note}”`;
  return `Signed off ${r.rule} by ${r.by}: “${r.note}” (on “${r.excerpt}”)`;
}

export function newestFirst(records: readonly SignOffRecord[]): SignOffRecord[] {
  return [...records].sort((a, b) => b.at.localeCompare(a.at));
}
