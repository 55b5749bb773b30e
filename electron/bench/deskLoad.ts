// Desk load test, on loopback only and bounded in time and count: 20 simulated editors (real
// Hocuspocus providers) type into 5 stories for 60 s against a real `copydesk desk-server`
// process. Reports the update latency between editors (an edit sent by one, seen by another on
// the same story, through the server) as p50/p95, and the server process's memory.
//   node electron/bench/deskLoad.ts [--editors 20] [--stories 5] [--seconds 60]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  acknowledged,
  addEditor,
  connectEditor,
  type Editor,
  startDeskProcess,
} from "../desk/deskServer.test-support.ts";

const { values } = parseArgs({
  options: {
    editors: { type: "string", default: "20" },
    stories: { type: "string", default: "5" },
    seconds: { type: "string", default: "60" },
  },
});
const EDITORS = Math.min(Number(values.editors), 100);
const STORIES = Math.min(Number(values.stories), 50);
const SECONDS = Math.min(Number(values.seconds), 300);
/** Each editor types a character every 150-250 ms (a fast typist), so ~5 edits/s each. */
const KEY_INTERVAL = [150, 250] as const;

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "copydesk-desk-load-"));
  const token = addEditor(dataDir, "Load Test");
  const desk = await startDeskProcess(dataDir);
  const pid = desk.child.pid!;
  const latencies: number[] = [];
  const editors: Editor[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const editor = connectEditor(desk.url, `story:load-${i % STORIES}`, token);
    const me = `editor-${i}`;
    // Every other editor's stamp, as it arrives here: the time since it was sent.
    editor.doc.getMap<number>("stamps").observe((event, transaction) => {
      if (transaction.local) return;
      for (const key of event.keysChanged)
        if (key !== me) latencies.push(performance.now() - editor.doc.getMap<number>("stamps").get(key)!);
    });
    editors.push(editor);
  }
  await Promise.all(editors.map((e) => acknowledged(e.provider)));
  const rssStart = rssOf(pid);
  let peak = rssStart;
  let edits = 0;
  const end = performance.now() + SECONDS * 1000;
  const typists = editors.map(
    (editor, i) =>
      new Promise<void>((done) => {
        const type = () => {
          if (performance.now() >= end) return done();
          editor.doc.transact(() => {
            const body = editor.doc.getText("body");
            body.insert(
              Math.floor(Math.random() * (body.length + 1)),
              String.fromCharCode(97 + (edits % 26)),
            );
            editor.doc.getMap<number>("stamps").set(`editor-${i}`, performance.now());
          });
          edits++;
          setTimeout(type, KEY_INTERVAL[0] + Math.random() * (KEY_INTERVAL[1] - KEY_INTERVAL[0]));
        };
        type();
      }),
  );
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 1000);
  await Promise.all(typists);
  await Promise.all(editors.map((e) => acknowledged(e.provider)));
  clearInterval(sampler);
  const rssEnd = rssOf(pid);
  for (const e of editors) e.close();
  await desk.stop();
  rmSync(dataDir, { recursive: true, force: true });

  latencies.sort((a, b) => a - b);
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
  console.log(`editors ${EDITORS}, stories ${STORIES}, ${SECONDS} s, edits sent ${edits}`);
  console.log(`updates seen by other editors: ${latencies.length}`);
  console.log(
    `latency editor→server→editor: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
  );
  console.log(`server RSS: after connect ${mb(rssStart)}, peak ${mb(peak)}, at end ${mb(rssEnd)}`);
}

await main();
