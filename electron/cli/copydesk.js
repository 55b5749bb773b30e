#!/usr/bin/env node
// The `copydesk` command. It runs the built JavaScript (out/cli, `npm run build:cli`) when
// that build is newer than every source it holds, and otherwise the TypeScript itself, by
// Node 24's type stripping. When an older Node starts this file, hand over to the Node 24
// the project pins (npm package `node`).
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import * as nodeModule from "node:module";
import { fileURLToPath } from "node:url";

const root = new URL("../../", import.meta.url);

/** The built entry point, when there is one and no source has changed since it was built. */
function currentBuild() {
  try {
    const { builtAt, sources } = JSON.parse(readFileSync(new URL("out/cli/build.json", root), "utf8"));
    for (const source of sources) if (statSync(new URL(source, root)).mtimeMs > builtAt) return null;
    return new URL("out/cli/copydesk.js", root).href;
  } catch {
    return null;
  }
}

const major = Number(process.versions.node.split(".")[0]);
if (major >= 24) {
  // V8's compiled code for every module, kept in the temp folder: later starts skip compiling.
  nodeModule.enableCompileCache();
  await import(currentBuild() ?? "./main.ts");
} else {
  const require = nodeModule.createRequire(import.meta.url);
  let pinned;
  try {
    pinned = require.resolve("node/bin/node");
  } catch {
    console.error(`copydesk needs Node 24 or newer (this is ${process.version}); run npm install first.`);
    process.exit(1);
  }
  const result = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
