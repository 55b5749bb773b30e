// npm run audit:electron: @doyensec/electronegativity over the built app (out/), offline,
// failing on any high or medium finding that is not one of the deliberate ones below.
// It runs in process so the network stays out of it: its check for newer Electron releases
// is left out, and its fetch of updated translations is answered "offline" at once (it
// then uses the English it ships; over a blocked network that fetch crashes on Node 24).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../../..");
const out = join(root, "out");

interface Finding {
  id: string;
  file: string;
  sample: string;
  location: { line: number };
  severity: { value: number; name: string };
}

/**
 * Findings we accept, each with the reason. One matches only its check on the exact
 * flagged line of the built file (and, for the window, only while the options there are
 * mainWindowPreferences()), so a new call of the same kind elsewhere still fails.
 */
const WINDOW_OPTIONS =
  "The window's webPreferences come from mainWindowPreferences() (electron/main/windowOptions.ts): " +
  "contextIsolation and sandbox on, Auxclick disabled, asserted by policy.test.ts; " +
  "electronegativity reads only options written inline.";
const WINDOW = { sample: "mainWindow = new BrowserWindow({", then: "webPreferences: mainWindowPreferences(" };
const DELIBERATE: { check: string; sample: string; then?: string; why: string }[] = [
  { check: "CONTEXT_ISOLATION_JS_CHECK", ...WINDOW, why: WINDOW_OPTIONS },
  { check: "SANDBOX_JS_CHECK", ...WINDOW, why: WINDOW_OPTIONS },
  { check: "AUXCLICK_JS_CHECK", ...WINDOW, why: WINDOW_OPTIONS },
  {
    check: "OPEN_EXTERNAL_JS_CHECK",
    sample: "if (link) shell.openExternal(link);",
    why:
      "The one openExternal of a page-supplied URL (electron/main/guards.ts): link is what " +
      "externalLinkToOpen() returned, an http(s) URL re-serialised by the URL parser, only " +
      "within a second of the person's click or key press.",
  },
];
const SERIOUS = 2; // electronegativity's MEDIUM; HIGH is 3

async function scan(): Promise<Finding[]> {
  const engine = createRequire(
    createRequire(import.meta.url).resolve("@doyensec/electronegativity/package.json"),
  );
  const got = engine.resolve("got");
  const offline = Object.assign(() => Promise.reject(new Error("offline")), {});
  Object.assign(offline, { default: offline });
  engine.cache[got] = { id: got, filename: got, loaded: true, exports: offline } as NodeJS.Module;
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  const run = engine("./dist/runner.js") as (
    options: object,
    forCli: boolean,
  ) => Promise<{ issues: Finding[] }>;
  const result = await run(
    {
      input: out,
      customScan: [],
      excludeFromScan: ["availablesecurityfixesglobalcheck"],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: manifest.devDependencies.electron,
      parserPlugins: [],
    },
    false,
  );
  return result.issues.filter((issue) => issue.severity.value >= SERIOUS);
}

/** Whether the statement at the finding (its next lines, up to its end) holds `text`. */
function followedBy(finding: Finding, text: string | undefined): boolean {
  if (text === undefined) return true;
  const lines = readFileSync(join(out, finding.file), "utf8").split("\n");
  const rest = lines.slice(finding.location.line - 1, finding.location.line + 20);
  const end = rest.findIndex((line) => line.trim() === "});");
  return rest.slice(0, end < 0 ? undefined : end).some((line) => line.includes(text));
}

if (!existsSync(join(out, "main", "index.js"))) {
  console.error("Nothing to audit: run `npm run build` first.");
  process.exit(2);
}
const findings = await scan();
let open = 0;
for (const finding of findings) {
  const where = `${finding.id} (${finding.severity.name}) at out/${finding.file}:${finding.location.line}`;
  const reason = DELIBERATE.find(
    (d) => d.check === finding.id && d.sample === finding.sample.trim() && followedBy(finding, d.then),
  );
  if (reason) console.log(`accepted  ${where}\n          ${reason.why}`);
  else {
    open++;
    console.log(`FINDING   ${where}\n          ${finding.sample.trim()}`);
  }
}
console.log(`electronegativity: ${findings.length} high/medium finding(s), ${open} not accepted.`);
process.exit(open === 0 ? 0 : 1);
