// Issue 12, "The first hour": what a new user hits in their first hour with the editor.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, openSeed, storyBody as body, waitSaved } from "./steps.ts";

const articles = (page: Page) => page.getByRole("list", { name: "Articles" }).getByRole("listitem");
const headline = (page: Page) => page.getByRole("textbox", { name: "Headline" });

test("the story that was open is open again after a reload", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Water main bursts on Hill Street");
  await body(page).click();
  await page.keyboard.type("Traffic was diverted for six hours.");
  await waitSaved(page);

  await page.reload();
  await expect(headline(page)).toHaveValue("Water main bursts on Hill Street");
  await expect(body(page)).toHaveText("Traffic was diverted for six hours.");
});

test("a New Article nobody wrote in is not kept", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Harbour dredging");
  await waitSaved(page);
  await page.getByRole("button", { name: "New Article" }).click();
  await expect(headline(page)).toHaveValue("");
  await page.getByRole("button", { name: "New Article" }).click();
  await expect(headline(page)).toHaveValue("");
  // Leaving the blank story for a written one drops it; only the written one is listed.
  await articles(page).filter({ hasText: "Harbour dredging" }).getByRole("button").click();
  await expect(headline(page)).toHaveValue("Harbour dredging");
  await expect(articles(page)).toHaveCount(1);
  await page.getByRole("button", { name: "Trash", exact: true }).click();
  await expect(page.getByRole("list", { name: "Trash" })).toContainText("The Trash is empty.");
});

test("Enter goes from the headline to the dek to the body, and Tab from the dek to the body", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Ferry timetable changes");
  await page.keyboard.press("Enter");
  const dek = page.getByRole("textbox", { name: "Dek" });
  await expect(dek).toBeFocused();
  await expect(headline(page)).toHaveValue("Ferry timetable changes");
  await page.keyboard.type("Fewer sailings in winter");
  await page.keyboard.press("Enter");
  await expect(body(page)).toBeFocused();
  await page.keyboard.type("The first ferry leaves at seven.");
  await expect(dek).toHaveValue("Fewer sailings in winter");

  await dek.click();
  await page.keyboard.press("Tab");
  await expect(body(page)).toBeFocused();
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Dek" })).toHaveValue("Fewer sailings in winter");
  await expect(body(page)).toHaveText("The first ferry leaves at seven.");
});

test("Markdown shortcuts make subheadings, lists and block quotes that are saved", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Budget explained");
  await body(page).click();
  await page.keyboard.type("## What changes");
  await page.keyboard.press("Enter");
  await page.keyboard.type("- Bus fares");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Parking");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("1. First step");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("> A fair budget");
  const check = async () => {
    await expect(body(page).locator("h2")).toHaveText("What changes");
    await expect(body(page).locator("ul li")).toHaveText(["Bus fares", "Parking"]);
    await expect(body(page).locator("ol li")).toHaveText(["First step"]);
    await expect(body(page).locator("blockquote")).toHaveText("A fair budget");
  };
  await check();
  await waitSaved(page);
  await page.reload();
  await check();
});

test("Save version (Ctrl+S) is on screen, and leaving a changed story keeps a version", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Night buses return");
  await body(page).click();
  await page.keyboard.type("Night buses return on Friday.");
  await waitSaved(page);
  await page.getByRole("button", { name: `Save version (${MOD === "Meta" ? "⌘" : "Ctrl"}+S)` }).click();
  await expect(page.getByRole("status")).toHaveText("Version saved in History.");

  await body(page).click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(" Routes N1 and N4 run hourly.");
  await waitSaved(page);
  await page.getByRole("button", { name: "New Article" }).click();
  await expect(headline(page)).toHaveValue("");
  await articles(page).filter({ hasText: "Night buses return" }).getByRole("button").click();
  await expect(headline(page)).toHaveValue("Night buses return");
  await page.getByRole("tab", { name: "History" }).click();
  const revisions = page.getByRole("list", { name: "Revisions" }).getByRole("button");
  await revisions.filter({ hasText: "Before switching stories" }).first().click();
  await expect(page.getByLabel("Revision preview")).toContainText("Routes N1 and N4 run hourly.");
});

test("a long paste into the story keeps the story as it was in History first", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Budget day");
  await body(page).click();
  await page.keyboard.type("The budget passed on Tuesday.");
  await waitSaved(page);
  const filed = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the filed copy.`).join(" ");
  await body(page).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, filed);
  await expect(body(page)).toContainText("Paragraph 40 of the filed copy.");
  await waitSaved(page);
  await page.getByRole("tab", { name: "History" }).click();
  const revisions = page.getByRole("list", { name: "Revisions" }).getByRole("button");
  await revisions.filter({ hasText: "Before a paste" }).first().click();
  const preview = page.getByLabel("Revision preview");
  await expect(preview).toContainText("The budget passed on Tuesday.");
  await expect(preview).not.toContainText("filed copy");
});

test("at 1024 wide the library and inspector fold away by shortcut, and stay folded", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await page.setViewportSize({ width: 1024, height: 768 });
  await newArticle(page, "Narrow window");
  const width = async (name: string) => (await page.getByRole("main", { name }).boundingBox())!.width;
  const before = await width("Editor");
  const textBefore = (await body(page).boundingBox())!.width;
  await page.keyboard.press(`${MOD}+Alt+KeyL`);
  await page.keyboard.press(`${MOD}+Alt+KeyI`);
  await expect(page.getByRole("navigation", { name: "Article library" })).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Inspector" })).toHaveCount(0);
  expect(await width("Editor")).toBeGreaterThan(before + 400);
  expect(await width("Editor")).toBeGreaterThan(900);
  // The text column grows to its reading measure (46em), no longer squeezed.
  expect((await body(page).boundingBox())!.width).toBeGreaterThan(textBefore + 250);

  await page.reload();
  await expect(headline(page)).toHaveValue("Narrow window");
  await expect(page.getByRole("navigation", { name: "Article library" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show the library" }).click();
  await expect(page.getByRole("navigation", { name: "Article library" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toHaveCount(0);
});

test("undoing Accept all takes the tags off the Sources panel too, and the suggestions come back", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  await openSeed(page, cli);
  // A change since the import, so Accept all has something new to keep a version of.
  await body(page).click();
  await page.keyboard.press(`${MOD}+End`);
  await page.keyboard.type(" This story will be updated.");
  await waitSaved(page);
  await page.getByRole("tab", { name: "Sources" }).click();
  const suggestions = page.getByRole("region", { name: "Suggestions" });
  const mass = suggestions.getByRole("listitem", { name: /Suggestion: Mass shelling/ });
  await expect(mass).toHaveCount(1);
  await suggestions.getByRole("button", { name: /Accept all above/ }).click();
  await expect(body(page).locator("[data-source-id]", { hasText: "Mass shelling" })).toHaveCount(1);
  const zakharova = page
    .getByRole("list", { name: "Article sources" })
    .getByRole("listitem", { name: "Maria Zakharova", exact: true });
  await expect(zakharova.getByTestId("quote-counts")).toHaveText("2 full · 1 partial");
  await expect(mass).toHaveCount(0);
  await waitSaved(page);

  await body(page).click();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(body(page).locator("[data-source-id]")).toHaveCount(0);
  await waitSaved(page);
  await expect(zakharova.getByTestId("quote-counts")).not.toContainText("full");
  await expect(mass).toHaveCount(1);
  // Accept all kept the story as it was before, in History.
  await page.getByRole("tab", { name: "History" }).click();
  const revisions = page.getByRole("list", { name: "Revisions" }).getByRole("button");
  await revisions.filter({ hasText: "Before Accept all" }).click();
  await expect(page.getByLabel("Revision preview")).toContainText("This story will be updated.");
});

test("an untagged-quote blocker's suggestion is a button that tags the quote", async ({ copydesk }) => {
  const { page, cli } = copydesk;
  await openSeed(page, cli);
  await page.getByRole("tab", { name: /Review/ }).click();
  const blocker = page
    .getByRole("tabpanel")
    .getByRole("listitem")
    .filter({ has: page.getByText("untagged-quote", { exact: true }) })
    .filter({ hasText: "systemic shelling" });
  await blocker.getByRole("button", { name: "Tag the quote to Baku" }).click();
  const tag = body(page).locator("[data-source-id]", { hasText: "systemic shelling" });
  await expect(tag).toHaveCount(1);
  await expect(tag).toHaveAttribute("title", "Quote: Baku");
  await expect(blocker).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(body(page).locator("[data-source-id]", { hasText: "systemic shelling" })).toHaveCount(1);
});

test("the export dialog opens with the format and options last used in this library", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Exported twice");
  await body(page).click();
  await page.keyboard.type("Some words.");
  await waitSaved(page);
  const dialog = page.getByRole("dialog", { name: "Export", exact: true });
  await page.keyboard.press(`${MOD}+E`);
  // Out of the box: a page, typography on, no source names in the markup.
  await expect(dialog.getByRole("radio", { name: "HTML page" })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: /Quote attributes/ })).not.toBeChecked();
  await dialog.getByRole("radio", { name: "CMS fragment" }).check();
  await dialog.getByRole("checkbox", { name: /Quote attributes/ }).check();
  await dialog.getByRole("checkbox", { name: /Typography/ }).uncheck();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await page.reload();
  await articles(page).filter({ hasText: "Exported twice" }).getByRole("button").click();
  await expect(headline(page)).toHaveValue("Exported twice");
  await page.keyboard.press(`${MOD}+E`);
  await expect(dialog.getByRole("radio", { name: "CMS fragment" })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: /Quote attributes/ })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: /Typography/ })).not.toBeChecked();
});
