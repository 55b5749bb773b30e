// What this window remembers between launches, in localStorage: which story was open
// (per library) and which side panels are folded away. Read through zod, since another
// version of Copydesk, or a person with the dev tools, may have left anything there.
import { z } from "zod";
import { id } from "../../shared/api/schemas.ts";

const OPEN_PREFIX = "copydesk:open:";
const PANELS_KEY = "copydesk:panels";

export const panelLayout = z.object({ library: z.boolean(), inspector: z.boolean() });
/** true = the panel is shown. */
export type PanelLayout = z.infer<typeof panelLayout>;
export const ALL_PANELS: PanelLayout = { library: true, inspector: true };

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // unavailable storage or a value that is not JSON
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the window simply forgets.
  }
}

/** The story open in this library when the window last closed or reloaded. */
export const lastOpenArticle = (scope: string): string | null => read(OPEN_PREFIX + scope, id);
export const rememberOpenArticle = (scope: string, articleId: string | null): void =>
  write(OPEN_PREFIX + scope, articleId);

export const savedPanelLayout = (): PanelLayout => read(PANELS_KEY, panelLayout) ?? ALL_PANELS;
export const savePanelLayout = (layout: PanelLayout): void => write(PANELS_KEY, layout);
