// Parsing a call's input with its contract schema, the one way every entry point does it:
// the transports' dispatch, and the service where it builds input itself (an import's draft).
import type { z } from "zod";
import { CopydeskError } from "./envelope.ts";

/** "articles.update: A paragraph needs its children. (changes.body.root.children.0.children)" */
export function describeIssue(name: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join(".")})` : "";
  return `${name}: ${issue?.message ?? "invalid input"}${where}`;
}

/** The parsed value, or a bad-input CopydeskError saying what is wrong and where. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CopydeskError("bad-input", describeIssue(name, parsed.error));
  return parsed.data;
}
