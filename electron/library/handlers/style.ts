// House style (issue 18): the desk's style sheet and its placeholder markers. Every change
// answers with the whole sheet, so the Settings view and the live review stay in step.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import {
  type StyleRule,
  styleSheet,
  styleSheetFromCsv,
  styleSheetToCsv,
} from "../../../shared/review/style/index.ts";
import { MARKERS_KEY, placeholderMarkers } from "../deskSettings.ts";
import type { LibraryReader, LibraryWriter } from "../store/interface.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

type StyleCalls =
  | "style.sheet"
  | "style.saveRule"
  | "style.deleteRule"
  | "style.importCsv"
  | "style.exportCsv"
  | "style.setPlaceholders";

function sheetOf(store: LibraryReader) {
  return { rules: store.styleSheet(), placeholders: placeholderMarkers(store) };
}

/** Check the sheet as a whole (unique ids) before it replaces the stored one. */
function writeSheet(writer: LibraryWriter, rules: StyleRule[]): void {
  const checked = styleSheet.safeParse(rules);
  if (!checked.success) throw new CopydeskError("bad-input", checked.error.issues[0].message);
  writer.replaceStyleSheet(checked.data);
}

export function styleHandlers(ctx: HandlerContext): HandlerGroup<StyleCalls> {
  const { store } = ctx;
  return {
    "style.sheet": () => sheetOf(store),
    "style.saveRule": ({ rule, previousId }) =>
      store.transaction((writer) => {
        const rules = writer.styleSheet();
        const at = rules.findIndex((r) => r.id === (previousId ?? rule.id));
        if (at < 0) rules.push(rule);
        else rules[at] = rule;
        writeSheet(writer, rules);
        return sheetOf(writer);
      }),
    "style.deleteRule": ({ id }) =>
      store.transaction((writer) => {
        const rules = writer.styleSheet();
        if (!rules.some((r) => r.id === id))
          throw new CopydeskError("not-found", `No house-style rule ${id}.`);
        writeSheet(
          writer,
          rules.filter((r) => r.id !== id),
        );
        return sheetOf(writer);
      }),
    "style.importCsv": ({ csv, mode }) => {
      const read = styleSheetFromCsv(csv);
      if (!read.ok) throw new CopydeskError("bad-input", read.message);
      return store.transaction((writer) => {
        const incoming = new Map(read.rules.map((r) => [r.id, r]));
        const kept = mode === "merge" ? writer.styleSheet().filter((r) => !incoming.has(r.id)) : [];
        writeSheet(writer, [...kept, ...read.rules]);
        return sheetOf(writer);
      });
    },
    "style.exportCsv": () => ({ csv: styleSheetToCsv(store.styleSheet()), fileName: "house-style.csv" }),
    "style.setPlaceholders": ({ markers }) =>
      store.transaction((writer) => {
        writer.setSetting(MARKERS_KEY, JSON.stringify([...new Set(markers.map((m) => m.trim()))]));
        return sheetOf(writer);
      }),
  };
}
