// Issue 2's flow, as a new user would do it.
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, storyBody as body, waitSaved } from "./steps.ts";

test("a new article with formatting survives a reload, is found by search, goes to Trash and back", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Harbour dredging to start in spring");

  const editor = body(page);
  await editor.click();
  await page.keyboard.type("The port authority approved the plan on ");
  await page.keyboard.press(`${MOD}+B`);
  await page.keyboard.type("Tuesday");
  await page.keyboard.press(`${MOD}+B`);
  await page.keyboard.type(", ending a decade of delays.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Details are on the authority website.");
  // Link the last word: select it with the keyboard, then Ctrl/Cmd+K.
  await page.keyboard.press("ArrowLeft"); // before the full stop
  await page.keyboard.press(
    process.platform === "darwin" ? "Alt+Shift+ArrowLeft" : "Control+Shift+ArrowLeft",
  );
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("website");
  await page.keyboard.press(`${MOD}+K`);
  const address = page.getByRole("textbox", { name: "Link address" });
  await address.fill("https://port.example.org/dredging");
  await address.press("Enter");
  await editor.click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.press("Enter");
  await page.keyboard.type("Work will cover three berths, and the silt will go to an inland site.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Bulleted list" }).click();
  await page.keyboard.type("Berth 4");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Berth 7");
  await waitSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /Harbour dredging to start in spring/ }).click();
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue(
    "Harbour dredging to start in spring",
  );
  await expect(editor.locator("strong, .ed-bold").first()).toHaveText("Tuesday");
  await expect(editor.locator("a")).toHaveAttribute("href", "https://port.example.org/dredging");
  await expect(editor.locator("a")).toHaveText("website");
  await expect(editor.locator("ul li")).toHaveText(["Berth 4", "Berth 7"]);
  await expect(editor).toContainText("the silt will go to an inland site");

  // Search by a word from the third paragraph: the result shows it highlighted.
  await page.getByRole("searchbox", { name: "Search articles" }).fill("silt");
  const results = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
  await expect(results).toHaveCount(1);
  await expect(results.first().locator("mark")).toHaveText("silt");
  await page.getByRole("searchbox", { name: "Search articles" }).fill("");

  // Delete moves it to Trash; Trash restores it.
  await page.getByRole("tab", { name: "Details" }).click();
  await page.getByRole("button", { name: "Move to Trash" }).click();
  await expect(page.getByRole("list", { name: "Articles" })).toContainText("No articles yet.");
  await page.getByRole("button", { name: "Trash" }).click();
  await page.getByRole("button", { name: "Restore Harbour dredging to start in spring" }).click();
  await page.getByRole("button", { name: "Back to library" }).click();
  await expect(page.getByRole("list", { name: "Articles" })).toContainText(
    "Harbour dredging to start in spring",
  );
});

test("an earlier revision can be previewed and restored, and the restore undone", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Council budget");
  await body(page).click();
  await page.keyboard.type("First draft of the budget story.");
  // The status bar counts the words once typing pauses.
  await expect(page.getByTestId("word-count")).toHaveText("6 words");
  await waitSaved(page);
  await page.keyboard.press(`${MOD}+S`); // keep this version
  await expect(page.getByRole("status")).toHaveText("Version saved in History.");

  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type("Rewritten lead about the tax rise.");
  await waitSaved(page);

  await page.getByRole("tab", { name: "History" }).click();
  const revisions = page.getByRole("list", { name: "Revisions" }).getByRole("button");
  await revisions.filter({ hasText: "Saved version" }).first().click();
  await expect(page.getByLabel("Revision preview")).toContainText("First draft of the budget story.");
  await page.getByRole("button", { name: "Restore this version" }).click();
  await expect(body(page)).toHaveText("First draft of the budget story.");

  // The replaced text is kept as a revision of its own.
  await page.getByRole("tab", { name: "History" }).click();
  await revisions.filter({ hasText: "Before restoring" }).first().click();
  await expect(page.getByLabel("Revision preview")).toContainText("Rewritten lead about the tax rise.");
});

test("the CLI imports a story that the app then shows", async ({ copydesk }) => {
  const { page, cli } = copydesk;
  const { writeFileSync, mkdtempSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const file = join(mkdtempSync(join(tmpdir(), "copydesk-import-")), "ferry.txt");
  writeFileSync(
    file,
    "Ferry strike ends\n\nCrews returned to work on Monday.\n\nTimetables resume Wednesday.\n",
  );
  const imported = await cli("import", file);
  expect(imported.code).toBe(0);
  const listed = JSON.parse((await cli("list", "--json")).stdout) as { articles: { headline: string }[] };
  expect(listed.articles.map((a) => a.headline)).toEqual(["Ferry strike ends"]);

  await page.reload();
  await page.getByRole("button", { name: /Ferry strike ends/ }).click();
  await expect(body(page)).toContainText("Timetables resume Wednesday.");
});

test("Import… brings in a plain-text story and an exported page with its metadata", async ({ copydesk }) => {
  const { page } = copydesk;
  await page.getByLabel("Import files").setInputFiles([
    {
      name: "ferry.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Ferry strike ends\n\nCrews returned on Monday.\n"),
    },
    {
      name: "bridge.html",
      mimeType: "text/html",
      buffer: Buffer.from(
        '<!doctype html><html lang="en"><head><title>Bridge opens</title></head><body><article><header><h1>Bridge opens</h1><p class="dek">Two years late</p></header><p>The bridge opened on Monday.</p></article></body></html>',
      ),
    },
  ]);
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue("Bridge opens");
  await expect(page.getByRole("textbox", { name: "Story body" })).toHaveText("The bridge opened on Monday.");
  await expect(page.getByRole("list", { name: "Articles" })).toContainText("Ferry strike ends");
});
