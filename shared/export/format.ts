// The export formats, declared once: a standalone HTML page, a CMS fragment, IPTC ninjs.
import { z } from "zod";

export const exportFormat = z.enum(["html", "fragment", "ninjs"]);
export type ExportFormat = z.infer<typeof exportFormat>;
