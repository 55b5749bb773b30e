// The library's pictures (issue 16): a picture is kept once, named by the SHA-256 of its bytes,
// and a figure in a story holds that name. Declared here and spread into the one contract.
import { z } from "zod";
import { PICTURE_HASH, PICTURE_LIMIT, PICTURE_TYPES } from "../document/pictures.ts";

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const hash = z.string().regex(PICTURE_HASH, "A picture is named by its SHA-256 (64 hex digits).");
const mime = z.enum(Object.keys(PICTURE_TYPES) as [keyof typeof PICTURE_TYPES]);

/** A kept picture's name, type and size in pixels. */
export const keptPicture = z.object({
  hash,
  mime,
  width: z.number().int(),
  height: z.number().int(),
});

export const pictureCalls = {
  /** Keep a picture (bytes as base64); the same bytes kept before give the same name. */
  "pictures.add": call(
    z.object({
      data: z.string().max(Math.ceil(PICTURE_LIMIT / 3) * 4),
      fileName: z.string().max(500).optional(),
    }),
    keptPicture,
  ),
  /** A kept picture with its bytes (base64), for the editor to draw. */
  "pictures.get": call(z.object({ hash }), keptPicture.extend({ data: z.string() })),
} as const;
