// Export: render an article in a format (through the publish gate when asked for
// publish-ready output) and write it into a folder.
import type { z } from "zod";
import type { contract } from "../../../shared/api/contract.ts";
import { mustGetArticle, publicArticle } from "../articleRecords.ts";
import type { ExportFolders } from "../exportFolders.ts";
import { type PictureFile, type PicturePlace, placePictures, writePictureFiles } from "../exportPictures.ts";
import { type RenderedExport, renderExport, writeExport } from "../exportService.ts";
import { openBlockersOf, passPublishGate } from "../reviewService.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

type ExportRequest = z.output<(typeof contract)["export.render"]["input"]>;

export function exportHandlers(
  ctx: HandlerContext,
  exportFolders: ExportFolders,
): HandlerGroup<"export.render" | "export.toFolder"> {
  const { store, clock } = ctx;
  const exportArticle = (
    request: ExportRequest,
    place: PicturePlace = "inline",
  ): RenderedExport & { pictures: PictureFile[] } => {
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
    const { body, files } = placePictures(store, article.body, place);
    const rendered = renderExport(
      {
        ...publicArticle(article),
        body,
        // The text and the date go out; who made a correction stays in the library.
        corrections: store.corrections(article.id).map(({ text, correctedAt }) => ({ text, correctedAt })),
      },
      store.articleSources(article.id),
      request.format,
      request.options,
    );
    return { ...rendered, pictures: files };
  };
  return {
    "export.render": (request) => {
      const { content, fileName, mimeType } = exportArticle(request);
      return { content, fileName, mimeType };
    },
    // Only into a folder the user chose (exportFolders.ts), never over a file unless told to;
    // the pictures go into images/ beside the page.
    "export.toFolder": async ({ folder, overwrite, inlinePictures, ...request }) => {
      const rendered = exportArticle(request, inlinePictures ? "inline" : "beside");
      const into = await exportFolders.resolve(folder);
      const path = await writeExport(into, rendered, { overwrite });
      await writePictureFiles(into, rendered.pictures);
      return { path };
    },
  };
}
