// The library service: the one implementation of the API contract (shared/api). Both
// transports (Electron IPC and the web host) and the CLI call these handlers; inputs
// arrive already parsed by the contract's schemas.
import { userInfo } from "node:os";
import {
  type CallInput,
  type CallName,
  type CallOutput,
  type Contract,
  contract,
} from "../../shared/api/contract.ts";
import { parseOrRefuse } from "../../shared/api/parse.ts";
import { CopydeskError } from "../../shared/api/envelope.ts";
import type { ArticleMetadata } from "../../shared/api/schemas.ts";
import { slugify, uniqueSlug } from "../../shared/article/slug.ts";
import { emptyBody } from "../../shared/document/build.ts";
import type { ArticleBody } from "../../shared/document/nodes.ts";
import { normalizeBody } from "../../shared/document/normalize.ts";
import { taggedQuotes } from "../../shared/document/quotations.ts";
import { countWords, plainText } from "../../shared/document/text.ts";
import { readExportedPage } from "../../shared/import/html/index.ts";
import { importPlainText } from "../../shared/import/plainText.ts";
import type { z } from "zod";
import type { ExportOptions } from "../../shared/export/index.ts";
import { type Clock, systemClock } from "./clock.ts";
import { renderExport, writeExport } from "./exportService.ts";
import { openBlockersOf, passPublishGate, reviewFindings, reviewSources } from "./reviewService.ts";
import { createSourcesService } from "./sourcesService.ts";
import type { ArticleRow, LibraryStore, StoredArticle } from "./store/interface.ts";

export type Handlers = {
  [N in CallName]: (input: z.output<Contract[N]["input"]>) => CallOutput<N>;
};

/** Autosaves closer together than this update the article without a new revision. */
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

const DEFAULT_METADATA: ArticleMetadata = {
  headline: "",
  dek: "",
  byline: "",
  dateline: "",
  slug: "",
  section: "",
  tags: [],
  status: "draft",
};

function publicArticle(stored: StoredArticle) {
  const { slugCustom: _slugCustom, ...article } = stored;
  return article;
}

function defaultEditorName(): string {
  try {
    return userInfo().username;
  } catch {
    return "Editor";
  }
}

function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

const PUBLISHING_STATUSES = new Set(["ready", "published"]);

export function createLibraryService(store: LibraryStore, clock: Clock = systemClock): Handlers {
  const mustGet = (id: string): StoredArticle => {
    const article = store.getArticle(id);
    if (!article) throw new CopydeskError("not-found", "That article is not in the library any more.");
    return article;
  };

  const editorName = () => store.getSetting("editorName") ?? defaultEditorName();

  const libraryInfo = () => ({
    path: store.path,
    articles: store.countArticles(),
    schemaVersion: store.schemaVersion(),
    editorName: editorName(),
  });

  /** Choose the slug: the editor's own if they typed one, else one made from the headline. */
  const chooseSlug = (
    id: string,
    requested: string | undefined,
    headline: string,
    current?: StoredArticle,
  ) => {
    if (requested !== undefined && requested !== current?.slug) {
      const slug = slugify(requested);
      if (store.slugTaken(slug, id)) {
        throw new CopydeskError("conflict", `The slug "${slug}" is already used by another article.`);
      }
      return { slug, slugCustom: requested.trim() !== "" };
    }
    if (current?.slugCustom) return { slug: current.slug, slugCustom: true };
    // Once a story is ready or out, its address stays put: a headline fix must not move it.
    if (current && PUBLISHING_STATUSES.has(current.status)) return { slug: current.slug, slugCustom: false };
    if (current && headline === current.headline) return { slug: current.slug, slugCustom: false };
    return { slug: uniqueSlug(slugify(headline), (s) => store.slugTaken(s, id)), slugCustom: false };
  };

  const rowFor = (
    id: string,
    metadata: ArticleMetadata,
    slugCustom: boolean,
    body: ArticleBody,
    times: Pick<ArticleRow, "createdAt" | "updatedAt" | "publishedAt" | "deletedAt">,
  ): ArticleRow => {
    const tidy = normalizeBody(body);
    const bodyText = plainText(tidy);
    const quotes = taggedQuotes(tidy);
    return {
      id,
      metadata,
      slugCustom,
      body: tidy,
      bodyText,
      wordCount: countWords(bodyText),
      quotes,
      ...times,
    };
  };

  const snapshot = (articleId: string, reason: string) => {
    const revision = { id: clock.newId(), articleId, createdAt: clock.now(), reason };
    store.insertRevision(revision);
    return revision;
  };

  const create = (input: Partial<ArticleMetadata> & { body?: ArticleBody }, reason = "Created") =>
    store.transaction(() => {
      const id = clock.newId();
      const now = clock.now();
      const metadata = { ...DEFAULT_METADATA, ...input };
      const { slug, slugCustom } = chooseSlug(id, input.slug || undefined, metadata.headline);
      const publishedAt = metadata.status === "published" ? now : null;
      store.insertArticle(
        rowFor(id, { ...metadata, slug }, slugCustom, input.body ?? emptyBody(), {
          createdAt: now,
          updatedAt: now,
          publishedAt,
          deletedAt: null,
        }),
      );
      // A story cannot be born ready or published past the review (the transaction undoes it).
      if (PUBLISHING_STATUSES.has(metadata.status)) {
        passPublishGate(store, clock, editorName(), {
          articleId: id,
          body: input.body ?? emptyBody(),
          action: `create it as ${metadata.status}`,
        });
      }
      snapshot(id, reason);
      return publicArticle(mustGet(id));
    });

  /** Replace an article's body in place (no revision): used when a source merge retags it. */
  const saveBody = (id: string, newBody: ArticleBody) => {
    const current = mustGet(id);
    const { slugCustom, createdAt, updatedAt, publishedAt, deletedAt } = current;
    store.updateArticle(
      rowFor(id, current, slugCustom, newBody, { createdAt, updatedAt, publishedAt, deletedAt }),
    );
  };

  const exportArticle = (request: {
    articleId: string;
    format: "html" | "fragment" | "ninjs";
    options?: ExportOptions;
    publishReady?: boolean;
    override?: { reason: string };
  }) => {
    const article = mustGet(request.articleId);
    if (request.publishReady) {
      passPublishGate(store, clock, editorName(), {
        articleId: article.id,
        body: article.body,
        action: "export it as publish-ready",
        override: request.override,
      });
    }
    return renderExport(
      publicArticle(article),
      store.articleSources(article.id),
      request.format,
      request.options,
    );
  };

  return {
    ...createSourcesService(store, clock, saveBody),

    "review.context": ({ articleId }) => {
      mustGet(articleId);
      return { sources: reviewSources(store, articleId), signOffs: store.signOffs(articleId) };
    },
    "review.signOff": ({ articleId, ...finding }) => {
      mustGet(articleId);
      const record = {
        id: clock.newId(),
        articleId,
        ...finding,
        kind: "sign-off" as const,
        by: editorName(),
        at: clock.now(),
      };
      store.insertSignOff(record);
      return record;
    },
    "review.findings": ({ articleId }) => reviewFindings(store, articleId, mustGet(articleId).body),
    "review.withdrawSignOff": ({ id }) => {
      store.deleteSignOff(id);
      return {};
    },
    "review.gate": ({ articleId }) => ({
      openBlockers: openBlockersOf(store, articleId, mustGet(articleId).body).map(
        ({ id, rule, message, excerpt }) => ({
          id,
          rule,
          message,
          excerpt,
        }),
      ),
    }),

    "export.render": (request) => exportArticle(request),
    "export.toFolder": ({ folder, ...request }) => ({ path: writeExport(folder, exportArticle(request)) }),

    "library.info": () => libraryInfo(),
    "settings.setEditorName": ({ name }) => {
      store.setSetting("editorName", name.trim());
      return libraryInfo();
    },

    // A search page is shorter than a list page: each hit pays for its excerpt.
    "articles.list": ({ query, limit, ...filter }) =>
      query && query.trim()
        ? store.searchArticles(query, { ...filter, limit: limit ?? 50 })
        : store.listArticles({ ...filter, limit: limit ?? 200 }),
    "articles.sections": () => store.sections(),
    "articles.get": ({ id }) => publicArticle(mustGet(id)),
    "articles.create": (input) => create(input),

    "articles.update": ({ id, changes, override, baseUpdatedAt }) =>
      store.transaction(() => {
        const current = mustGet(id);
        if (current.deletedAt)
          throw new CopydeskError("refused", "This article is in the Trash; restore it first.");
        const { body: newBody, ...metadataChanges } = changes;
        const merged: ArticleMetadata = { ...current, ...metadataChanges };
        if (merged.status !== current.status && PUBLISHING_STATUSES.has(merged.status)) {
          passPublishGate(store, clock, editorName(), {
            articleId: id,
            body: newBody ?? current.body,
            action: `mark it ${merged.status}`,
            override,
          });
        }
        // A story marked ready that gains a new review blocker goes back to the desk: the
        // gate (or its override) judged the story as it was, not as it is now.
        if (newBody && merged.status === "ready" && current.status === "ready") {
          const before = new Set(openBlockersOf(store, id, current.body).map((f) => f.id));
          if (openBlockersOf(store, id, newBody).some((f) => !before.has(f.id))) merged.status = "in-edit";
        }
        const { slug, slugCustom } = chooseSlug(id, metadataChanges.slug, merged.headline, current);
        // Another window saved since this writer last looked: keep that version in history
        // rather than lose it under this save.
        if (baseUpdatedAt && baseUpdatedAt !== current.updatedAt) {
          snapshot(id, "Kept before a save from another window");
        }
        const now = clock.now();
        const statusChanged = merged.status !== current.status;
        const publishedAt = current.publishedAt ?? (merged.status === "published" ? now : null);
        store.updateArticle(
          rowFor(id, { ...merged, slug }, slugCustom, newBody ?? current.body, {
            createdAt: current.createdAt,
            updatedAt: now,
            publishedAt,
            deletedAt: null,
          }),
        );
        // Keep history without a revision per keystroke: one on a status change, and one
        // when the newest is older than the interval.
        const latest = store.latestRevision(id);
        const stale = !latest || Date.parse(now) - Date.parse(latest.createdAt) >= REVISION_INTERVAL_MS;
        if (statusChanged) snapshot(id, `Status: ${merged.status}`);
        else if (stale) snapshot(id, "Autosave");
        return publicArticle(mustGet(id));
      }),

    "articles.checkpoint": ({ id, reason }) => {
      mustGet(id);
      const revision = snapshot(id, reason?.trim() || "Saved version");
      return store.listRevisions(id).find((r) => r.id === revision.id)!;
    },

    "articles.trash": ({ id }) => {
      mustGet(id);
      store.setDeleted(id, clock.now());
      return publicArticle(mustGet(id));
    },
    "articles.restore": ({ id }) => {
      mustGet(id);
      store.setDeleted(id, null);
      return publicArticle(mustGet(id));
    },
    "articles.emptyTrash": () => ({ removed: store.transaction(() => store.purgeTrash()) }),

    // What a file yields is held to the same limits as a story typed in (a 32,000-character
    // first line is no headline).
    "articles.importText": ({ fileName, text }) => {
      const draft = (input: CallInput<"articles.create">) =>
        parseOrRefuse(contract["articles.create"].input, input, "articles.importText");
      const reason = `Imported from ${fileName}`;
      const fallbackHeadline = fileName.replace(/\.[^.]+$/, "");
      if (looksLikeHtml(fileName, text)) {
        // A page Copydesk (or a clean CMS) exported: its metadata comes back with it.
        const { headline, dek, byline, dateline, section, tags, body } = readExportedPage(text);
        return create(
          draft({ headline: headline || fallbackHeadline, dek, byline, dateline, section, tags, body }),
          reason,
        );
      }
      const imported = importPlainText(text);
      return create(draft({ headline: imported.headline || fallbackHeadline, body: imported.body }), reason);
    },

    "revisions.list": ({ articleId }) => {
      mustGet(articleId);
      return store.listRevisions(articleId);
    },
    "revisions.get": ({ id }) => {
      const revision = store.getRevision(id);
      if (!revision) throw new CopydeskError("not-found", "That revision no longer exists.");
      return revision;
    },
    "revisions.restore": ({ articleId, revisionId }) =>
      store.transaction(() => {
        const current = mustGet(articleId);
        const revision = store.getRevision(revisionId);
        if (!revision || revision.articleId !== articleId) {
          throw new CopydeskError("not-found", "That revision does not belong to this article.");
        }
        // Keep what is being replaced, so the restore itself can be undone from history.
        snapshot(articleId, "Before restoring an earlier version");
        const { slug, slugCustom } = chooseSlug(
          articleId,
          revision.metadata.slug,
          revision.metadata.headline,
          current,
        );
        store.updateArticle(
          // The words and details come back; the workflow status stays where the desk has it.
          rowFor(
            articleId,
            { ...revision.metadata, slug, status: current.status },
            slugCustom,
            revision.body,
            {
              createdAt: current.createdAt,
              updatedAt: clock.now(),
              publishedAt: current.publishedAt,
              deletedAt: current.deletedAt,
            },
          ),
        );
        snapshot(articleId, `Restored the version of ${revision.createdAt}`);
        return publicArticle(mustGet(articleId));
      }),
  };
}
