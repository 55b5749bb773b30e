// The desk's calls (issue 18): the house style sheet, placeholder markers and length targets. Declared here and
// spread into the one contract (contract.ts), so the desk's part reads in one place.
import { z } from "zod";
import { styleRule, styleSheet } from "../review/style/rule.ts";
import { id } from "./schemas.ts";

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const marker = z.string().trim().min(1, "A placeholder marker cannot be blank.").max(40);

/** What the review needs from the library beside sources: the sheet and the markers. */
export const houseStyle = z.object({ rules: styleSheet, placeholders: z.array(marker).max(50) });

const lengthSettings = z.object({
  target: z.number().int().nullable(),
  limits: z.object({ headline: z.number().int(), dek: z.number().int() }),
});

export const correction = z.object({
  id,
  text: z.string(),
  correctedAt: z.string(),
  correctedBy: z.string(),
});

export type Correction = z.output<typeof correction>;

export type LengthSettings = z.output<typeof lengthSettings>;

export type HouseStyle = z.output<typeof houseStyle>;

export const deskCalls = {
  "style.sheet": call(z.object({}), houseStyle),
  /** Add a rule, or replace the one with `previousId` (an edit may change the id). */
  "style.saveRule": call(
    z.object({ rule: styleRule, previousId: z.string().max(80).optional() }),
    houseStyle,
  ),
  "style.deleteRule": call(z.object({ id: z.string().min(1).max(80) }), houseStyle),
  /** Replace the sheet with a CSV file's rules, or merge them in (same id: the file's wins). */
  "style.importCsv": call(
    z.object({ csv: z.string().max(2_000_000), mode: z.enum(["replace", "merge"]) }),
    houseStyle,
  ),
  "style.exportCsv": call(z.object({}), z.object({ csv: z.string(), fileName: z.string() })),
  "style.setPlaceholders": call(z.object({ markers: z.array(marker).max(50) }), houseStyle),
  /** The article's word target and the library's headline and dek character limits. */
  "length.get": call(z.object({ articleId: id }), lengthSettings),
  "length.setTarget": call(
    z.object({ articleId: id, words: z.number().int().min(1).max(100_000).nullable() }),
    lengthSettings,
  ),
  "length.setLimits": call(
    z.object({
      articleId: id,
      headline: z.number().int().min(1).max(1000),
      dek: z.number().int().min(1).max(5000),
    }),
    lengthSettings,
  ),
  "corrections.list": call(z.object({ articleId: id }), z.array(correction)),
  /** Correct a published story: refused for a story not yet published. */
  "corrections.add": call(
    z.object({ articleId: id, text: z.string().trim().min(1, "Say what was corrected.").max(4000) }),
    z.array(correction),
  ),
} as const;
