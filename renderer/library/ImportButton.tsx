// Import… : plain-text stories and HTML pages (an exported page keeps its metadata).
// Each file becomes a new article; a file that cannot be read is reported and skipped.
import { useRef, useState } from "react";
import { client } from "../client/index.ts";
import { useCommand } from "../app/commands.ts";
import { sniffBytes } from "../../shared/import/sniff.ts";

const MAX_BYTES = 5_000_000;

export function ImportButton({ onImported }: { onImported: (articleId: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState("");
  useCommand("import", () => input.current?.click());

  const importFiles = async (files: FileList | null) => {
    setProblem("");
    let last: string | null = null;
    const failed: string[] = [];
    for (const file of Array.from(files ?? [])) {
      try {
        if (file.size > MAX_BYTES) throw new Error("it is larger than 5 MB");
        const bytes = new Uint8Array(await file.arrayBuffer());
        const notText = sniffBytes(bytes);
        if (notText) throw new Error(`it seems to be ${notText.seemsToBe}`);
        const text = new TextDecoder().decode(bytes);
        const article = await client["articles.importText"]({ fileName: file.name, text });
        last = article.id;
      } catch (error) {
        failed.push(`${file.name}: ${(error as Error).message}`);
      }
    }
    if (input.current) input.current.value = "";
    if (failed.length) setProblem(`Not imported — ${failed.join("; ")}`);
    if (last) onImported(last);
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Import files"
        accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
        onChange={(e) => void importFiles(e.target.files)}
      />
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
    </>
  );
}
