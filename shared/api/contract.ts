// The one API contract. Every call is declared once: its name, the schema of its input
// and of its output. electron/library implements it; the IPC bridge and the web host
// carry it; the renderer calls it through a client that does not know which transport.
import { z } from "zod";
import { exportFormat } from "../export/format.ts";
import {
  article,
  articleBody,
  articleMetadata,
  articleStatus,
  articleSummary,
  id,
  libraryInfo,
  revision,
  revisionSummary,
} from "./schemas.ts";
import { STORY_TEXT_LIMIT } from "../document/schema.ts";
import {
  backupFile,
  backupResult,
  libraryCheck,
  libraryHealth,
  restoreRequest,
  restoreResult,
} from "./librarySchemas.ts";
import { deskCalls } from "./deskContract.ts";
import { deskSyncCalls } from "./deskSyncContract.ts";
import { commentText, listedThread } from "../comments/thread.ts";
import { commentMarkId } from "../document/nodes.ts";
import { pictureCalls } from "./pictureContract.ts";
import { quoteRecord, reviewedFinding, signOff, source, sourceFields } from "./sourceSchemas.ts";

const exportOptions = z.object({
  typography: z.boolean().optional(),
  quoteAttributes: z.boolean().optional(),
  quotationJsonLd: z.boolean().optional(),
  includePeople: z.boolean().optional(),
  /** A draft export: suggested edits as <ins>/<del> (off: read as accepted). */
  showSuggestions: z.boolean().optional(),
});

/** The export dialog's last choices, remembered per library. */
export const savedExportChoices = z.object({
  format: exportFormat,
  typography: z.boolean(),
  quoteAttributes: z.boolean(),
  quotationJsonLd: z.boolean(),
  includePeople: z.boolean(),
  // Added later: choices saved before it read as off.
  showSuggestions: z.boolean().default(false),
});
export type SavedExportChoices = z.infer<typeof savedExportChoices>;

/** Export input: which article, which format, and whether it must pass the publish gate. */
const exportRequest = z.object({
  articleId: id,
  format: exportFormat,
  options: exportOptions.optional(),
  publishReady: z.boolean().optional(),
  override: z.object({ reason: z.string().trim().min(1).max(2000) }).optional(),
});

const override = z.object({ reason: z.string().trim().min(1, "Give a reason for the override.").max(2000) });

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  "library.info": call(z.object({}), libraryInfo),
  "settings.setEditorName": call(
    z.object({ name: z.string().min(1).max(200), initials: z.string().max(8).optional() }),
    libraryInfo,
  ),
  "settings.exportChoices": call(z.object({}), savedExportChoices.nullable()),
  "settings.setExportChoices": call(savedExportChoices, savedExportChoices),
  /** Whether the library opened read-only (found damaged), and where its backups are. */
  "library.health": call(z.object({}), libraryHealth),
  /** PRAGMA integrity_check over the whole library (slow on a big one). */
  "library.check": call(z.object({}), libraryCheck),
  "library.backups": call(z.object({}), z.array(backupFile)),
  /** Back up into the folder beside the library now, keeping the newest few. */
  "library.backup": call(z.object({}), backupResult),
  /** Put a backup back; the library it replaces is kept as a backup first. */
  "library.restore": call(restoreRequest, restoreResult),

  "articles.list": call(
    z.object({
      query: z.string().max(500).optional(),
      status: articleStatus.optional(),
      section: z.string().max(100).optional(),
      trash: z.boolean().optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      /** Skip this many (a list page, not a search); the CLI pages through a whole library. */
      offset: z.number().int().min(0).optional(),
    }),
    z.array(articleSummary),
  ),
  "articles.sections": call(z.object({}), z.array(z.string())),
  "articles.get": call(z.object({ id }), article),
  "articles.create": call(articleMetadata.partial().extend({ body: articleBody.optional() }), article),
  /** Moving to ready or published is refused while review blockers are open, unless overridden. */
  "articles.update": call(
    z.object({
      id,
      changes: articleMetadata.partial().extend({ body: articleBody.optional() }),
      override: override.optional(),
      /** The version the writer last saw; a newer one is kept as a revision before it is replaced. */
      baseUpdatedAt: z.string().max(40).optional(),
    }),
    article,
  ),
  /** Keep the article as it is now as a named revision (Ctrl/Cmd+S). */
  "articles.checkpoint": call(z.object({ id, reason: z.string().max(200).optional() }), revisionSummary),
  "articles.trash": call(z.object({ id }), article),
  "articles.restore": call(z.object({ id }), article),
  /** Drop a New Article nobody wrote in (nothing saved since it was created, no source). */
  "articles.discardUntouched": call(z.object({ id }), z.object({ discarded: z.boolean() })),
  "articles.emptyTrash": call(z.object({}), z.object({ removed: z.number().int() })),
  /** A file imported before (same content) is refused with code "conflict" unless allowDuplicate. */
  "articles.importText": call(
    z.object({
      fileName: z.string().max(500),
      text: z.string().max(STORY_TEXT_LIMIT),
      allowDuplicate: z.boolean().optional(),
    }),
    article,
  ),
  /** Any file as bytes (base64): text, Markdown, HTML or Word; notes say what was left out. */
  "articles.importFile": call(
    z.object({
      fileName: z.string().max(500),
      data: z.string().max(7_000_000),
      allowDuplicate: z.boolean().optional(),
    }),
    z.object({ article, notes: z.array(z.string()) }),
  ),

  "articles.sources": call(
    z.object({ articleId: id }),
    z.object({ sources: z.array(source), quotes: z.array(quoteRecord) }),
  ),
  "articles.attachSource": call(z.object({ articleId: id, sourceId: id }), z.object({})),
  "articles.detachSource": call(z.object({ articleId: id, sourceId: id }), z.object({})),

  "sources.find": call(
    z.object({ query: z.string().max(300), limit: z.number().int().min(1).max(5000).optional() }),
    z.array(source),
  ),
  /**
   * Sources matching any of several words, each searched as `sources.find` would, without
   * duplicates: one call for all the speakers a detection offers (a long story names hundreds).
   */
  "sources.findEach": call(
    z.object({
      queries: z.array(z.string().max(300)).max(1000),
      limit: z.number().int().min(1).max(5000).optional(),
    }),
    z.array(source),
  ),
  "sources.get": call(z.object({ id }), source),
  "sources.create": call(
    sourceFields.partial().extend({ name: sourceFields.shape.name, articleId: id.optional() }),
    source,
  ),
  "sources.update": call(z.object({ id, changes: sourceFields.partial() }), source),
  /** Fold `mergeId` into `keepId`: its quotes and article links move, and it is removed. */
  "sources.merge": call(z.object({ keepId: id, mergeId: id }), source),
  "sources.quotes": call(
    z.object({ sourceId: id, query: z.string().max(300).optional() }),
    z.array(quoteRecord),
  ),

  "suggestions.rejected": call(z.object({ articleId: id }), z.array(z.string())),
  "suggestions.reject": call(
    z.object({ articleId: id, fingerprint: z.string().min(1).max(200) }),
    z.object({}),
  ),

  /** What a live review needs besides the body: the sources it may name, and the sign-offs. */
  "review.context": call(
    z.object({ articleId: id }),
    z.object({ sources: z.array(source), signOffs: z.array(signOff) }),
  ),
  "review.signOff": call(
    z.object({
      articleId: id,
      findingId: z.string().min(1).max(200),
      rule: z.string().min(1).max(100),
      excerpt: z.string().max(2000),
      note: z.string().trim().min(1, "Say why the finding is fine.").max(2000),
    }),
    signOff,
  ),
  "review.withdrawSignOff": call(z.object({ id }), z.object({})),
  /** The review the app shows, run on the library side: the CLI's `copydesk review ID`. */
  "review.findings": call(
    z.object({ articleId: id }),
    z.object({ findings: z.array(reviewedFinding), openBlockers: z.number().int() }),
  ),
  /** The article's open blockers as the publish gate sees them. */
  "review.gate": call(
    z.object({ articleId: id }),
    z.object({
      openBlockers: z.array(
        z.object({ id: z.string(), rule: z.string(), message: z.string(), excerpt: z.string() }),
      ),
    }),
  ),

  "export.render": call(
    exportRequest,
    z.object({ content: z.string(), fileName: z.string(), mimeType: z.string() }),
  ),
  /** Write one article's export into a folder (batch export calls this per article). */
  "export.toFolder": call(
    exportRequest.extend({
      folder: z.string().min(1).max(4096),
      /** Replace a file of the same name; without it an existing file is a conflict. */
      overwrite: z.boolean().optional(),
      /** Pictures inline in the page (data: addresses) rather than files in images/ beside it. */
      inlinePictures: z.boolean().optional(),
    }),
    z.object({ path: z.string() }),
  ),

  /** The story's comment threads, in story order, detached ones (words deleted) last. */
  "comments.list": call(z.object({ articleId: id }), z.array(listedThread)),
  /** Start a thread on the words the editor marked with `threadId` (the MarkNode's id). */
  "comments.start": call(
    z.object({ articleId: id, threadId: commentMarkId, quote: z.string().max(2000), text: commentText }),
    listedThread,
  ),
  "comments.reply": call(z.object({ threadId: commentMarkId, text: commentText }), listedThread),
  "comments.resolve": call(z.object({ threadId: commentMarkId }), listedThread),
  "comments.reopen": call(z.object({ threadId: commentMarkId }), listedThread),
  /**
   * Delete a thread (its marks come off in the editor). The library marks it deleted and keeps
   * it, replies and all, so undo can bring it back: comments.list still lists it, with
   * `deletedAt`, and the Comments list shows it again while its marks are in the story.
   */
  "comments.delete": call(z.object({ threadId: commentMarkId }), z.object({ deleted: z.literal(true) })),
  /** A deleted thread standing again (its words were deleted after an undo brought it back). */
  "comments.restore": call(z.object({ threadId: commentMarkId }), listedThread),
  /** The words of the library's source names, for the spellchecker's own word list. */
  "sources.spellingWords": call(z.object({}), z.object({ words: z.array(z.string()) })),

  "revisions.list": call(z.object({ articleId: id }), z.array(revisionSummary)),
  "revisions.get": call(z.object({ id }), revision),
  "revisions.restore": call(z.object({ articleId: id, revisionId: id }), article),

  ...deskCalls,
  ...deskSyncCalls,
  ...pictureCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]["input"]>;
export type CallOutput<N extends CallName> = z.output<Contract[N]["output"]>;

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
