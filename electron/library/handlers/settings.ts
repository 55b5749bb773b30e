// The library itself and its settings: where it is, how big, whose name signs off, and
// the export dialog's last choices.
import { type SavedExportChoices, savedExportChoices } from "../../../shared/api/contract.ts";
import { editorInitialsIn } from "../editorName.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

/** Export choices as stored; a value from another version that no longer parses is forgotten. */
function storedExportChoices(raw: string | undefined): SavedExportChoices | null {
  try {
    const parsed = savedExportChoices.safeParse(JSON.parse(raw ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function settingsHandlers(
  ctx: HandlerContext,
): HandlerGroup<
  "library.info" | "settings.setEditorName" | "settings.exportChoices" | "settings.setExportChoices"
> {
  const { store } = ctx;
  const libraryInfo = () => ({
    path: store.path,
    articles: store.countArticles(),
    schemaVersion: store.schemaVersion(),
    editorName: ctx.editorName(),
    editorInitials: editorInitialsIn(store),
  });
  return {
    "library.info": () => libraryInfo(),
    "settings.setEditorName": ({ name, initials }) => {
      store.transaction((writer) => {
        writer.setSetting("editorName", name.trim());
        if (initials !== undefined) writer.setSetting("editorInitials", initials.trim());
      });
      return libraryInfo();
    },
    "settings.exportChoices": () => storedExportChoices(store.getSetting("exportChoices")),
    "settings.setExportChoices": (choices) => {
      store.transaction((writer) => writer.setSetting("exportChoices", JSON.stringify(choices)));
      return choices;
    },
  };
}
