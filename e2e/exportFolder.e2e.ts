// Batch export writes only where the person chose and never over a file unless told to
// (issue 13): a second export into the same folder is refused per article until
// "Replace files already in the folder" is ticked; a folder outside the export root is refused.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures.ts";
import { MOD, openSeed } from "./steps.ts";

const SLUG = "azerbaijan-launches-military-operation-in-karabakh-as-tensions-escalate";

test("batch export refuses to replace a file until told to, and stays under its root", async ({
  copydesk,
}) => {
  test.skip(copydesk.lane === "electron", "the folder comes from the system dialog there");
  const { page, cli } = copydesk;
  await openSeed(page, cli);
  const out = mkdtempSync(join(tmpdir(), "copydesk-batch-"));
  writeFileSync(join(out, `${SLUG}.html`), "yesterday's page");

  await page.keyboard.press(`${MOD}+E`);
  await page
    .getByRole("dialog", { name: "Export", exact: true })
    .getByRole("button", { name: "Batch export…" })
    .click();
  const batch = page.getByRole("dialog", { name: "Batch export" });
  const folder = batch.getByRole("textbox", { name: "Folder" });
  const results = batch.getByRole("list", { name: "Export results" });

  await folder.fill(out);
  await batch.getByRole("button", { name: "Export 1 article" }).click();
  await expect(batch.getByText("Exported 0 of 1 article; 1 failed.")).toBeVisible();
  await expect(results).toContainText("is already in that folder; nothing was replaced");
  expect(readFileSync(join(out, `${SLUG}.html`), "utf8")).toBe("yesterday's page");

  await batch.getByRole("checkbox", { name: "Replace files already in the folder" }).check();
  await batch.getByRole("button", { name: "Export 1 article" }).click();
  await expect(batch.getByText("Exported 1 of 1 article.")).toBeVisible();
  expect(readFileSync(join(out, `${SLUG}.html`), "utf8")).toContain("<h1>");

  // The web host's export root is the temp folder (e2e/fixtures.ts); /proc is far outside it.
  await folder.fill("/proc/self/cwd");
  await batch.getByRole("button", { name: "Export 1 article" }).click();
  await expect(results).toContainText("Exports go under");
  expect(readdirSync(out)).toEqual([`${SLUG}.html`]);
});
