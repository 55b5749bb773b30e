// Export: render an article in a format (through the publish gate when asked for
// publish-ready output) and write it into a folder.
import type { z } from "zod";
import type { contract } from "../../../shared/api/contract.ts";
import { mustGetArticle, publicArticle } from "../articleRecords.ts";
import type { ExportFolders } from "../exportFolders.ts";
import { type RenderedExport, renderExport, writeExport } from "../exportService.ts";
import { openBlockersOf, passPublishGate } from "../reviewService.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

type ExportRequest = z.output<(typeof contract)["export.render"]["input"]>;

export function exportHandlers(
  ctx: HandlerContext,
  exportFolders: ExportFolders,
): HandlerGroup<"export.render" | "export.toFolder"> {
  const { store, clock } = ctx;
  const exportArticle = (request: ExportRequest): RenderedExport => {
    const article = mustGetArticle(store, request.articleId);
    // Only a gate with blockers may write (an override is recorded as a sign-off), so a
    // clean story exports from a library open read-only too.
    if (request.publishReady && openBlockersOf(store, article.id, article.body).length > 0) {
      store.transaction((writer) =>
        passPublishGate(writer, clock, ctx.editorName(), {
          articleId: article.id,
          body: article.body,
          action: "export it as publish-ready",
          override: request.override,
        }),
      );
    }
    return renderExport(
      {
        ...publicArticle(article),
        // The text and the date go out; who made a correction stays in the library.
        corrections: store.corrections(article.id).map(({ text, correctedAt }) => ({ text, correctedAt })),
      },
      store.articleSources(article.id),
      request.format,
      // A publish-ready export shows the story as it will read, never suggested edits marked up.
      request.publishReady ? { ...request.options, showSuggestions: false } : request.options,
    );
  };
  return {
    "export.render": (request) => exportArticle(request),
    // Only into a folder the user chose (exportFolders.ts), never over a file unless told to.
    "export.toFolder": async ({ folder, overwrite, ...request }) => {
      const rendered = exportArticle(request);
      return { path: await writeExport(await exportFolders.resolve(folder), rendered, { overwrite }) };
    },
  };
}
