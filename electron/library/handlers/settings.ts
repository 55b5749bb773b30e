// The library itself and its settings: where it is, how big, whose name signs off.
import type { HandlerContext, HandlerGroup } from "./context.ts";

export function settingsHandlers(
  ctx: HandlerContext,
): HandlerGroup<"library.info" | "settings.setEditorName"> {
  const { store } = ctx;
  const libraryInfo = () => ({
    path: store.path,
    articles: store.countArticles(),
    schemaVersion: store.schemaVersion(),
    editorName: ctx.editorName(),
  });
  return {
    "library.info": () => libraryInfo(),
    "settings.setEditorName": ({ name }) => {
      store.transaction((writer) => writer.setSetting("editorName", name.trim()));
      return libraryInfo();
    },
  };
}
