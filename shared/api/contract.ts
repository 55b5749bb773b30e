// The one API contract. Every call is declared once: its name, the schema of its input
// and of its output. electron/library implements it; the IPC bridge and the web host
// carry it; the renderer calls it through a client that does not know which transport.
import { z } from "zod";
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

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  "library.info": call(z.object({}), libraryInfo),
  "settings.setEditorName": call(z.object({ name: z.string().min(1).max(200) }), libraryInfo),

  "articles.list": call(
    z.object({
      query: z.string().max(500).optional(),
      status: articleStatus.optional(),
      section: z.string().max(100).optional(),
      trash: z.boolean().optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    z.array(articleSummary),
  ),
  "articles.sections": call(z.object({}), z.array(z.string())),
  "articles.get": call(z.object({ id }), article),
  "articles.create": call(articleMetadata.partial().extend({ body: articleBody.optional() }), article),
  "articles.update": call(
    z.object({ id, changes: articleMetadata.partial().extend({ body: articleBody.optional() }) }),
    article,
  ),
  /** Keep the article as it is now as a named revision (Ctrl/Cmd+S). */
  "articles.checkpoint": call(z.object({ id, reason: z.string().max(200).optional() }), revisionSummary),
  "articles.trash": call(z.object({ id }), article),
  "articles.restore": call(z.object({ id }), article),
  "articles.emptyTrash": call(z.object({}), z.object({ removed: z.number().int() })),
  "articles.importText": call(
    z.object({ fileName: z.string().max(500), text: z.string().max(5_000_000) }),
    article,
  ),

  "revisions.list": call(z.object({ articleId: id }), z.array(revisionSummary)),
  "revisions.get": call(z.object({ id }), revision),
  "revisions.restore": call(z.object({ articleId: id, revisionId: id }), article),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]["input"]>;
export type CallOutput<N extends CallName> = z.output<Contract[N]["output"]>;

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
