// What a tagged quotation shows: its source's name on hover, and the highlight the Sources
// tab turns on for one source's quotes.

/** The hover text of a quotation tagged with `sourceId` (whose name may not be known yet). */
export function quoteTitle(sourceId: string | undefined, name: string | undefined): string {
  if (name) return `Quote: ${name}`;
  return sourceId ? "Quote" : "Quote: no source yet";
}

/** Whether a quotation of `sourceId` is lit while `highlight` is the source picked out. */
export function isLit(sourceId: string | undefined, highlight: string | null | undefined): boolean {
  return !!sourceId && highlight === sourceId;
}
