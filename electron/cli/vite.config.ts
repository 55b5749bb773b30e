// The command line and web host as built JavaScript (`npm run build:cli`, part of `npm run
// build`): out/cli/copydesk.js and the library's worker threads beside it, so a start pays
// neither TypeScript type stripping nor the resolution of hundreds of small modules: the
// packages are bundled too, all but better-sqlite3 (native, loaded from node_modules). bin/copydesk.js
// runs the built file while it is newer than every source it was built from (build.json).
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const root = resolve(import.meta.dirname, "../..");
const outDir = resolve(root, "out/cli");

/** Record the sources in the bundle, for the bin's "is the build current?" look. */
function sourceList(): Plugin {
  return {
    name: "copydesk-source-list",
    writeBundle(_options, bundle) {
      const sources = new Set<string>();
      for (const chunk of Object.values(bundle))
        if (chunk.type === "chunk")
          for (const id of chunk.moduleIds)
            if (id.startsWith(root) && !id.includes("node_modules")) sources.add(relative(root, id));
      writeFileSync(
        resolve(outDir, "build.json"),
        JSON.stringify({ builtAt: Date.now(), sources: [...sources].sort() }),
      );
    },
  };
}

export default defineConfig({
  root,
  logLevel: "warn",
  plugins: [sourceList()],
  ssr: { noExternal: true, external: ["better-sqlite3"] },
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: "node24",
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        copydesk: resolve(root, "electron/cli/main.ts"),
        workerEntry: resolve(root, "electron/library/workerEntry.ts"),
        quickCheckWorker: resolve(root, "electron/library/quickCheckWorker.ts"),
      },
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});
