// What the export dialog lets the editor choose, and which choices mean something for
// which format. Pure, so the rules are unit-tested without a DOM.
import type { SavedExportChoices } from "../../shared/api/contract.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { ExportFormat } from "../../shared/export/format.ts";

export type { ExportFormat };
export type ExportChoices = Omit<SavedExportChoices, "format">;

export type OptionName = keyof ExportChoices;

export const FORMATS: readonly { id: ExportFormat; label: string }[] = [
  { id: "html", label: "HTML page" },
  { id: "fragment", label: "CMS fragment" },
  { id: "ninjs", label: "ninjs JSON" },
];

export const OPTIONS: readonly { id: OptionName; label: string; formats: readonly ExportFormat[] }[] = [
  { id: "typography", label: "Typography (curly quotes, dashes)", formats: ["html", "fragment", "ninjs"] },
  {
    id: "quoteAttributes",
    label: "Quote attributes (name the source)",
    formats: ["html", "fragment", "ninjs"],
  },
  // JSON-LD lives in the page's <head>: the fragment and ninjs have nowhere to put it.
  { id: "quotationJsonLd", label: "Quotation JSON-LD", formats: ["html"] },
  { id: "includePeople", label: "Include people (ninjs)", formats: ["ninjs"] },
  // A draft's pending suggested edits as <ins>/<del>; off, the story reads as if they were accepted.
  {
    id: "showSuggestions",
    label: "Show suggested edits (draft)",
    formats: ["html", "fragment", "ninjs"],
  },
];

/**
 * Until the editor chooses otherwise (then the library remembers): typography on, and no
 * source names in the published markup. Quote attributes name who said each quotation,
 * and a page is public; naming sources in it is a choice for each desk to make.
 */
export const DEFAULT_CHOICES: ExportChoices = {
  typography: true,
  quoteAttributes: false,
  quotationJsonLd: false,
  includePeople: false,
  showSuggestions: false,
};

export function appliesTo(option: OptionName, format: ExportFormat): boolean {
  return OPTIONS.find((o) => o.id === option)?.formats.includes(format) ?? false;
}

/** The options sent to the library: only those that mean something for the format,
 * so a stray tick on a hidden option never changes the output. */
export function requestOptions(format: ExportFormat, choices: ExportChoices): ExportChoices {
  return {
    typography: choices.typography,
    quoteAttributes: appliesTo("quoteAttributes", format) && choices.quoteAttributes,
    quotationJsonLd: appliesTo("quotationJsonLd", format) && choices.quotationJsonLd,
    includePeople: appliesTo("includePeople", format) && choices.includePeople,
    showSuggestions: appliesTo("showSuggestions", format) && choices.showSuggestions,
  };
}

/** The publish gate said no (as opposed to a broken connection or a bad folder). */
export function isGateRefusal(error: unknown): boolean {
  return error instanceof CopydeskError && error.code === "refused" && /review blocker/i.test(error.message);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong while exporting.";
}
