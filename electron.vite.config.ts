// Builds the three parts of the app: main process, preload bridge, renderer.
import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import { resolve } from "node:path";

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      // The library's background page check runs in a thread of its own (backgroundCheck.ts).
      rolldownOptions: {
        input: {
          index: resolve("electron/main/index.ts"),
          quickCheckWorker: resolve("electron/library/quickCheckWorker.ts"),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      // A sandboxed preload must be one CommonJS file: bundle everything into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve("electron/preload/index.ts") },
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    root: "renderer",
    base: "./",
    plugins: [react()],
    build: {
      outDir: "out/renderer",
      rolldownOptions: { input: { index: resolve("renderer/index.html") } },
    },
  },
});
