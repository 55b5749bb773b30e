// Joining a desk (issue 19): the desk's address and this editor's token, which stories are on
// the desk, and each desk story's Yjs state kept in the library. Spread into contract.ts.
import { z } from "zod";
import { article, id } from "./schemas.ts";

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** The desk server's WebSocket address: ws:// on loopback or a LAN, wss:// behind a TLS proxy. */
export const deskAddress = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "ws:" || url.protocol === "wss:") && url.username === "" && url.password === ""
      );
    } catch {
      return false;
    }
  }, "The desk's address starts with ws:// or wss:// (as the desk server prints it).")
  .transform((value) => {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  });

export const deskToken = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9_-]{20,200}$/,
    "Paste the token the desk's admin gave you (copydesk desk-server add-editor).",
  );

/** A desk story id: the same on every desktop. */
export const deskStoryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Yjs state or update bytes as base64 (the transports carry JSON). */
const yjsBytes = z
  .string()
  .max(40_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const deskMembership = z.object({ address: z.string().nullable(), token: z.string().nullable() });
export type DeskMembership = z.output<typeof deskMembership>;

export const deskStoryState = z.object({ storyId: deskStoryId.nullable(), state: yjsBytes.nullable() });
export type DeskStoryState = z.output<typeof deskStoryState>;

export const deskSyncCalls = {
  "deskSync.info": call(z.object({}), deskMembership),
  "deskSync.join": call(z.object({ address: deskAddress, token: deskToken }), deskMembership),
  "deskSync.leave": call(z.object({}), deskMembership),
  /** Whether a local article is on the desk, and its Yjs state as last kept here. */
  "deskSync.story": call(z.object({ articleId: id }), deskStoryState),
  /** Put a local story on the desk: it keeps its id there. */
  "deskSync.putOnDesk": call(z.object({ articleId: id }), deskStoryState),
  /** Open a desk story here: the local article linked to it (made now if there is none). */
  "deskSync.takeStory": call(
    z.object({ storyId: deskStoryId, headline: z.string().max(2000) }),
    z.object({ article }),
  ),
  /** Keep a Yjs update of a desk story in the library (merged into its state). */
  "deskSync.saveState": call(z.object({ articleId: id, update: yjsBytes }), z.object({})),
};
