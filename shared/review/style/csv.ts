// The style sheet as CSV, so a desk can keep it in a spreadsheet: one rule a row, a header row
// naming the columns. Papa Parse reads and writes it (quoting, embedded commas and newlines);
// the rule schema then checks every row, and a bad file is refused whole with the row it failed on.
import Papa from "papaparse";
import { type StyleRule, styleRule, styleSheet } from "./rule.ts";

export const CSV_COLUMNS = [
  "id",
  "kind",
  "pattern",
  "replacement",
  "category",
  "description",
  "caseSensitive",
] as const;

export function styleSheetToCsv(sheet: readonly StyleRule[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: sheet.map((r) => [
        r.id,
        r.kind,
        r.pattern,
        r.replacement,
        r.category,
        r.description,
        r.caseSensitive ? "yes" : "no",
      ]),
    },
    { newline: "\n" },
  );
}

export type CsvResult = { ok: true; rules: StyleRule[] } | { ok: false; message: string };

const YES = new Set(["yes", "true", "1", "y"]);
const NO = new Set(["no", "false", "0", "n", ""]);

export function styleSheetFromCsv(csv: string): CsvResult {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    return { ok: false, message: `The CSV could not be read (row ${(e.row ?? 0) + 2}): ${e.message}` };
  }
  const missing = CSV_COLUMNS.filter((c) => c !== "caseSensitive" && !parsed.meta.fields?.includes(c));
  if (missing.length > 0)
    return {
      ok: false,
      message: `The CSV lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`,
    };
  const rules: StyleRule[] = [];
  for (const [index, row] of parsed.data.entries()) {
    const flag = (row.caseSensitive ?? "").trim().toLowerCase();
    if (!YES.has(flag) && !NO.has(flag))
      return {
        ok: false,
        message: `Row ${index + 2}: caseSensitive is "${row.caseSensitive}"; use yes or no.`,
      };
    const rule = styleRule.safeParse({
      id: row.id ?? "",
      kind: (row.kind ?? "").trim(),
      pattern: row.pattern ?? "",
      replacement: row.replacement ?? "",
      category: row.category ?? "",
      description: row.description ?? "",
      caseSensitive: YES.has(flag),
    });
    if (!rule.success) return { ok: false, message: `Row ${index + 2}: ${rule.error.issues[0].message}` };
    rules.push(rule.data);
  }
  const sheet = styleSheet.safeParse(rules);
  if (!sheet.success) return { ok: false, message: sheet.error.issues[0].message };
  return { ok: true, rules: sheet.data };
}
