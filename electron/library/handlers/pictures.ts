// The library's pictures: keep one (from the editor: a file inserted, dropped or pasted), and
// give one back with its bytes for the editor to draw.
import { CopydeskError } from "../../../shared/api/envelope.ts";
import { keepPicture } from "../pictures.ts";
import type { HandlerContext, HandlerGroup } from "./context.ts";

export function pictureHandlers(ctx: HandlerContext): HandlerGroup<"pictures.add" | "pictures.get"> {
  return {
    "pictures.add": ({ data, fileName }) =>
      ctx.store.transaction((writer) =>
        keepPicture(writer, Buffer.from(data, "base64"), ctx.clock.now(), fileName ?? "The picture"),
      ),
    "pictures.get": ({ hash }) => {
      const info = ctx.store.pictureInfo(hash);
      const bytes = ctx.store.pictureBytes(hash);
      if (!info || !bytes) throw new CopydeskError("not-found", "That picture is not in the library.");
      return { ...info, data: bytes.toString("base64") };
    },
  };
}
