// What a source record needs before it can be saved (the form says it before the library does).
import type { SourceFields } from "../../shared/api/sourceSchemas.ts";

/** What must be fixed before saving, or null. */
export function formProblem(
  fields: Pick<SourceFields, "name" | "standing" | "anonymityReason">,
): string | null {
  if (!fields.name.trim()) return "A source needs a name.";
  if (fields.standing === "anonymous" && !fields.anonymityReason.trim())
    return "An anonymous source needs a recorded reason for the anonymity.";
  return null;
}
