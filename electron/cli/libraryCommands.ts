// `copydesk list` (`serve` is in serveCommand.ts, `import` in importCommand.ts).
import { call } from "./call.ts";
import type { Command } from "./command.ts";
import { readFlags } from "./flags.ts";
import { withLibrary } from "./library.ts";

export const listCommand: Command = (argv, io, env) => {
  const { values } = readFlags(argv, { json: { type: "boolean" }, trash: { type: "boolean" } });
  return withLibrary(values.library, env, async (library) => {
    const articles = await call(library, "articles.list", { limit: 1000, trash: values.trash ?? false });
    if (values.json) io.out(JSON.stringify({ articles }, null, 2));
    else if (articles.length === 0) io.out("The library is empty.");
    else
      for (const a of articles)
        io.out(
          `${a.id}  ${a.status.padEnd(9)}  ${String(a.wordCount).padStart(6)} words  ${a.headline || "(untitled)"}`,
        );
    return 0;
  });
};
