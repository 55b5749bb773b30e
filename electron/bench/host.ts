// The web host, measured as the browser meets it: calls over HTTP, how long the host's
// event loop is blocked while a search runs (a blocked loop is a frozen app for every
// other call), and how long `copydesk serve` takes to answer its first screen.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Dispatch } from "../library/dispatch.ts";
import { startWebHost, type WebHost } from "../web/server.ts";
import { percentiles, type Timing } from "./timing.ts";

const root = resolve(import.meta.dirname, "../..");

export interface HostCaller {
  call(name: string, input: unknown): Promise<unknown>;
}

/** Open the printed launch address as a browser would, and call the API with its session. */
async function signIn(launchUrl: string): Promise<HostCaller> {
  const res = await fetch(launchUrl, { redirect: "manual" });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  const origin = new URL(launchUrl).origin;
  return {
    call: async (name, input) => {
      const answer = await fetch(new URL(`/api/${name}`, origin), {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin },
        body: JSON.stringify(input),
      });
      const envelope = (await answer.json()) as {
        ok: boolean;
        value?: unknown;
        error?: { code?: string; message: string };
      };
      if (!envelope.ok && envelope.error?.code !== "superseded")
        throw new Error(`${name}: ${envelope.error?.message}`);
      return envelope.value;
    },
  };
}

export async function withHost<T>(dispatch: Dispatch, work: (host: HostCaller) => Promise<T>): Promise<T> {
  const rendererDir = join(root, "out", "renderer");
  const host: WebHost = await startWebHost({ dispatch, rendererDir, port: 0 });
  try {
    return await work(await signIn(host.launchUrl));
  } finally {
    await host.close();
  }
}

/** The longest stretch the event loop was blocked (ms) while `work` ran. */
export async function blockedDuring(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await work();
  histogram.disable();
  return histogram.max / 1e6;
}

export async function benchEventLoop(host: HostCaller, runs = 10): Promise<Timing[]> {
  const one: number[] = [];
  const typing: number[] = [];
  const typingAnswer: number[] = [];
  for (let i = 0; i < runs; i++) {
    one.push(await blockedDuring(() => host.call("articles.list", { query: "the" })));
    // Typing "council" at a key every 80 ms, each prefix sent as the renderer does.
    const started = performance.now();
    typing.push(
      await blockedDuring(async () => {
        const pending: Promise<unknown>[] = [];
        for (let n = 1; n <= "council".length; n++) {
          pending.push(host.call("articles.list", { query: "council".slice(0, n) }));
          await new Promise((done) => setTimeout(done, 80));
        }
        await Promise.all(pending);
      }),
    );
    typingAnswer.push(performance.now() - started - 7 * 80);
  }
  return [
    percentiles('web host event loop blocked by one search ("the")', one, 16),
    percentiles('web host event loop blocked while "council" is typed', typing, 16),
    percentiles('typing "council": last answer after the last key', typingAnswer, 20),
  ];
}

/** A process's CPU time so far (ms, every thread), from Linux's /proc; null elsewhere. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** `copydesk serve` on the library, from spawn to the first answers the first screen needs. */
export async function benchStart(libraryPath: string, storyId: string, runs = 5): Promise<Timing[]> {
  const toList: number[] = [];
  const toStory: number[] = [];
  const cpuList: number[] = [];
  const cpuStory: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawn(process.execPath, [
      join(root, "electron/cli/copydesk.js"),
      "serve",
      "--library",
      libraryPath,
      "--port",
      "0",
    ]);
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /served at (\S+)/.exec(out);
          if (m) done(m[1]);
        });
        child.once("exit", () => fail(new Error(`serve exited: ${out}`)));
      });
      const host = await signIn(url);
      await Promise.all([host.call("articles.list", {}), host.call("articles.sections", {})]);
      toList.push(performance.now() - started);
      const listCpu = processCpuMs(child.pid);
      await host.call("articles.get", { id: storyId });
      toStory.push(performance.now() - started);
      const storyCpu = processCpuMs(child.pid);
      if (listCpu !== null && storyCpu !== null) {
        cpuList.push(listCpu);
        cpuStory.push(storyCpu);
      }
    } finally {
      child.kill();
    }
  }
  const cpuP95 = (samples: number[]) => (samples.length ? percentiles("", samples).p95 : undefined);
  return [
    {
      ...percentiles("start (`copydesk serve`) to the library list answered", toList, 1000),
      cpuP95: cpuP95(cpuList),
    },
    { ...percentiles("start to a 10,000-word story answered", toStory, 1000), cpuP95: cpuP95(cpuStory) },
  ];
}
