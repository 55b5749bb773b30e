// Property-based: whatever folder the page names, an export root answers a real folder
// inside itself (reached through no link) or refuses; nothing appears outside the root.
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CopydeskError } from "../../shared/api/envelope.ts";
import { exportRoot } from "./exportFolders.ts";
import { writeExport } from "./exportService.ts";

let dir: string;
let root: string;
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "copydesk-export-prop-")));
  root = join(dir, "exports");
  mkdirSync(join(root, "desk"), { recursive: true });
  mkdirSync(join(dir, "outside"));
  symlinkSync(join(dir, "outside"), join(root, "link"));
  symlinkSync("/proc/self", join(root, "desk", "proc"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("never resolves a folder outside the root or through a link", async () => {
  const segment = fc.constantFrom("..", ".", "desk", "link", "proc", "new", "", "a b", "/", "\\", "%2e%2e");
  const folder = fc.tuple(
    fc.constantFrom("", "/", `${root}/`, `${dir}/`, "/proc/", "/etc/", "~/"),
    fc.array(segment, { maxLength: 6 }),
  );
  const exports = exportRoot(root);
  await fc.assert(
    fc.asyncProperty(folder, async ([start, parts]) => {
      const asked = `${start}${parts.join("/")}` || ".";
      let resolved: string;
      try {
        resolved = await exports.resolve(asked);
      } catch (error) {
        expect(error, asked).toBeInstanceOf(CopydeskError);
        return;
      }
      expect(resolved === root || resolved.startsWith(root + sep), `${asked} -> ${resolved}`).toBe(true);
      expect(realpathSync(resolved)).toBe(resolved);
      await writeExport(resolved, { fileName: "probe.html", content: "x" }, { overwrite: true });
    }),
    { numRuns: 400 },
  );
  expect(readdirSync(join(dir, "outside"))).toEqual([]);
  expect(readdirSync(dir).sort()).toEqual(["exports", "outside"]);
});
