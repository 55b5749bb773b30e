// Issue 5 in the app: Export… with a live preview, Save, Copy and the publish-ready gate;
// batch export of the library into a folder.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { type CopydeskApp, expect, test } from "./fixtures.ts";
import { MOD, openSeed, SEED_HEADLINE as HEADLINE } from "./steps.ts";

const SLUG = "azerbaijan-launches-military-operation-in-karabakh-as-tensions-escalate";

/** The folder for a batch: the system picker in Electron, the Folder field in a browser. */
async function chooseFolder(copydesk: CopydeskApp, batch: Locator, folder: string) {
  if (copydesk.lane === "electron") {
    await copydesk.answerFolderPicker(folder);
    await batch.getByRole("button", { name: "Choose folder…" }).click();
    await expect(batch.getByText(folder)).toBeVisible();
  } else {
    await batch.getByRole("textbox", { name: "Folder" }).fill(folder);
  }
}

async function openExport(page: Page) {
  await page.keyboard.press(`${MOD}+E`);
  const dialog = page.getByRole("dialog", { name: "Export", exact: true });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("Export… previews every format, follows the options, saves a clean page and respects the publish gate", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  await openSeed(page, cli);
  const dialog = await openExport(page);

  // The HTML page is drawn in the sandboxed frame, under the app's CSP.
  const frame = dialog.frameLocator('iframe[title="Export preview"]');
  await expect(frame.locator("h1")).toHaveText(HEADLINE);
  await expect(frame.locator(".story-body p").first()).toContainText(
    "This photo shared by the Azerbaijani media",
  );
  // The page's own inline stylesheet applies inside the frame (the app's CSP allows it).
  await expect(frame.locator("h1")).toHaveCSS("font-family", /Helvetica Neue/);

  // ninjs shows as JSON.
  await dialog.getByRole("radio", { name: "ninjs JSON" }).check();
  const source = dialog.getByLabel("Export source");
  await expect(source).toContainText('"headline":');
  await expect(source).toContainText(HEADLINE);

  // Typography on (the default) curls the quotes; off leaves them as typed.
  await dialog.getByRole("radio", { name: "HTML page" }).check();
  await dialog.getByRole("button", { name: "Source" }).click();
  await expect(source).toContainText("<!DOCTYPE html>");
  await expect(source).toContainText("\u201cMass shelling has started here,\u201d");
  await dialog.getByRole("checkbox", { name: /Typography/ }).uncheck();
  await expect(source).toContainText('"Mass shelling has started here,"');
  await expect(source).not.toContainText("\u201cMass shelling");
  await dialog.getByRole("checkbox", { name: /Typography/ }).check();
  await expect(source).toContainText("\u201cMass shelling has started here,\u201d");

  // Save writes the page (a download in a browser, the save dialog in Electron): the
  // headline, and nothing from the editor's internals.
  const { fileName, content: saved } = await copydesk.saveFile(() =>
    dialog.getByRole("button", { name: "Save…" }).click(),
  );
  expect(fileName).toBe(`${SLUG}.html`);
  expect(saved).toMatch(/^<!DOCTYPE html>/);
  expect(saved).toContain(`<h1>${HEADLINE}</h1>`);
  expect(saved).toContain("\u201cMass shelling has started here,\u201d");
  expect(saved).not.toContain("data-lexical");
  await expect(
    dialog.getByText(copydesk.lane === "browser" ? `Downloaded ${SLUG}.html` : /^Saved to /),
  ).toBeVisible();

  // Publish-ready: the seed has open review blockers, so the export is refused...
  await dialog.getByRole("checkbox", { name: "Publish-ready" }).check();
  await expect(dialog.getByText(/review blockers are open: export will be refused/)).toBeVisible();
  let downloads = 0;
  page.on("download", () => downloads++);
  await dialog.getByRole("button", { name: "Save…" }).click();
  await expect(dialog.getByRole("alert")).toContainText(
    /Cannot export it as publish-ready: \d+ review blockers are open/,
  );
  expect(downloads).toBe(0);
  const override = dialog.getByRole("button", { name: "Override and export" });
  await expect(override).toBeDisabled();

  // ...until the editor overrides with a reason (the library records it as a sign-off).
  await dialog
    .getByRole("textbox", { name: "Override reason" })
    .fill("Wire copy, quotes checked by the desk");
  const { content: page2 } = await copydesk.saveFile(() => override.click());
  expect(page2).toContain(`<h1>${HEADLINE}</h1>`);
  await expect(dialog.getByRole("alert")).toHaveCount(0);

  // Escape closes the dialog.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("Copy puts the CMS fragment on the clipboard as HTML and as text", async ({ copydesk }) => {
  const { page, cli } = copydesk;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openSeed(page, cli);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "CMS fragment" }).check();
  const source = dialog.getByLabel("Export source");
  await expect(source).toContainText("<p>");
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByText("Copied")).toBeVisible();

  const flavours = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : "");
    return { html: await read("text/html"), text: await read("text/plain") };
  });
  expect(flavours.html).toContain("<p>This photo shared by the Azerbaijani media");
  expect(flavours.html).not.toContain("<h1>");
  expect(flavours.text).toContain("<p>This photo shared by the Azerbaijani media");
});

test("batch export writes every selected article into a folder, one file per slug", async ({ copydesk }) => {
  const { page, cli } = copydesk;
  const stories = mkdtempSync(join(tmpdir(), "copydesk-stories-"));
  writeFileSync(join(stories, "ferry.txt"), "Ferry strike ends\n\nCrews returned to work on Monday.\n");
  writeFileSync(join(stories, "budget.txt"), "Council passes budget\n\nThe vote was seven to two.\n");
  expect((await cli("import", join(stories, "ferry.txt"))).code).toBe(0);
  expect((await cli("import", join(stories, "budget.txt"))).code).toBe(0);
  await openSeed(page, cli);
  const out = mkdtempSync(join(tmpdir(), "copydesk-batch-"));

  const exportDialog = await openExport(page);
  await exportDialog.getByRole("button", { name: "Batch export…" }).click();
  const batch = page.getByRole("dialog", { name: "Batch export" });
  const list = batch.getByRole("list", { name: "Articles to export" });
  await expect(list.getByRole("checkbox")).toHaveCount(3);
  const selectAll = batch.getByRole("checkbox", { name: /Select all/ });
  await selectAll.uncheck();
  await expect(batch.getByRole("button", { name: "Export 0 articles" })).toBeDisabled();
  await selectAll.check();
  await chooseFolder(copydesk, batch, out);
  await batch.getByRole("button", { name: "Export 3 articles" }).click();

  await expect(batch.getByText("3 of 3", { exact: true })).toBeVisible();
  await expect(batch.getByRole("progressbar", { name: "Export progress" })).toHaveAttribute("value", "3");
  await expect(batch.getByText("Exported 3 of 3 articles.")).toBeVisible();
  expect(readdirSync(out).sort()).toEqual(
    ["council-passes-budget.html", "ferry-strike-ends.html", `${SLUG}.html`].sort(),
  );
  expect(readFileSync(join(out, "ferry-strike-ends.html"), "utf8")).toContain("<h1>Ferry strike ends</h1>");
});

test("batch export reports articles the publish gate refuses and exports the rest", async ({ copydesk }) => {
  const { page, cli } = copydesk;
  const stories = mkdtempSync(join(tmpdir(), "copydesk-stories-"));
  writeFileSync(join(stories, "ferry.txt"), "Ferry strike ends\n\nCrews returned to work on Monday.\n");
  expect((await cli("import", join(stories, "ferry.txt"))).code).toBe(0);
  await openSeed(page, cli);
  const out = mkdtempSync(join(tmpdir(), "copydesk-batch-"));

  const exportDialog = await openExport(page);
  await exportDialog.getByRole("button", { name: "Batch export…" }).click();
  const batch = page.getByRole("dialog", { name: "Batch export" });
  await expect(batch.getByRole("list", { name: "Articles to export" }).getByRole("checkbox")).toHaveCount(2);
  await batch.getByRole("checkbox", { name: /Publish-ready/ }).check();
  await chooseFolder(copydesk, batch, out);
  await batch.getByRole("button", { name: "Export 2 articles" }).click();

  await expect(batch.getByText("Exported 1 of 2 articles; 1 failed.")).toBeVisible();
  await expect(batch.getByRole("list", { name: "Export results" })).toContainText(
    `Failed: ${HEADLINE} — Cannot export it as publish-ready`,
  );
  expect(readdirSync(out)).toEqual(["ferry-strike-ends.html"]);
});
