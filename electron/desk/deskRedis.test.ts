// The scaled desk: two desk-server processes behind one Redis (Debian's redis-server, started
// here on a free loopback port) serve the same story to two editors, one on each process.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import {
  acknowledged,
  addEditor,
  connectEditor,
  type DeskProcess,
  type Editor,
  startDeskProcess,
  until,
} from "./deskServer.test-support.ts";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((ready, fail) => {
    let output = "";
    redis.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) ready();
    });
    redis.once("error", (error) =>
      fail(new Error(`redis-server did not start (apt-get install redis-server): ${error.message}`)),
    );
    redis.once("exit", (code) => fail(new Error(`redis-server exited (${code}): ${output}`)));
  });
  return redis;
}

let dataDir: string;
let redis: ChildProcess;
let redisPort: number;
let desks: DeskProcess[] = [];
const editors: Editor[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "copydesk-desk-redis-"));
  redisPort = await freePort();
  redis = await startRedis(redisPort);
});

afterAll(async () => {
  for (const e of editors) e.close();
  for (const d of desks) await d.stop();
  redis?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

it("serves one story to two editors connected to two server processes", async () => {
  const redisAddress = `127.0.0.1:${redisPort}`;
  const anaToken = addEditor(dataDir, "Ana Reyes");
  const benToken = addEditor(dataDir, "Ben Okafor");
  desks = await Promise.all([
    startDeskProcess(dataDir, ["--redis", redisAddress]),
    startDeskProcess(dataDir, ["--redis", redisAddress]),
  ]);
  expect(desks[0].port).not.toBe(desks[1].port);
  const ana = connectEditor(desks[0].url, "story:city-hall", anaToken);
  const ben = connectEditor(desks[1].url, "story:city-hall", benToken);
  editors.push(ana, ben);
  await Promise.all([acknowledged(ana.provider), acknowledged(ben.provider)]);

  ana.doc.getText("body").insert(0, "Council passes budget.");
  await until(ben.doc, (d) => d.getText("body").toString() === "Council passes budget.");
  ben.doc.getText("body").insert("Council passes budget.".length, " Vote was 7-2.");
  await until(ana.doc, (d) => d.getText("body").toString() === "Council passes budget. Vote was 7-2.");
});
