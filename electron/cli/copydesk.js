#!/usr/bin/env node
// The `copydesk` command. The CLI is TypeScript run by Node 24's type stripping; when an
// older Node starts this file, hand over to the Node 24 the project pins (npm package `node`).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const major = Number(process.versions.node.split(".")[0]);
if (major >= 24) {
  await import("./main.ts");
} else {
  const require = createRequire(import.meta.url);
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
