// Issue 3's flow: paste a real story, accept the suggested quotes, tag one by hand,
// reload and find every tag and source as it was; spelling near-misses and undo.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, selectWords, storyBody as body, waitSaved } from "./steps.ts";

const SEED = readFileSync(join(import.meta.dirname, "fixtures/press-tv-karabakh.txt"), "utf8");
// The story text, without the site chrome above the headline.
const STORY = SEED.slice(SEED.indexOf("This photo shared"));

const sourcesTab = (page: Page) => page.getByRole("tabpanel");

/** A real paste: a ClipboardEvent carrying text/plain, dispatched on the focused editor. */
async function pastePlainText(page: Page, text: string) {
  await body(page).click();
  await body(page).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function openSources(page: Page) {
  await page.getByRole("tab", { name: "Sources" }).click();
}

const sourceCard = (page: Page, name: string) =>
  page.getByRole("list", { name: "Article sources" }).getByRole("listitem", { name: name, exact: true });

test("a pasted story's quotes are accepted and tagged by hand, and all of it survives a reload", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Azerbaijan launches military operation in Karabakh");
  await pastePlainText(page, STORY);

  // Blank lines became paragraphs, without empty ones in between.
  await expect(body(page).locator("p").first()).toHaveText(/^This photo shared/);
  await expect(body(page).locator("p", { hasText: "Mass shelling" })).toHaveCount(1);
  await expect(body(page).locator("p").filter({ hasText: /^$/ })).toHaveCount(0);

  await openSources(page);
  const suggestions = page.getByRole("region", { name: "Suggestions" });
  await expect(suggestions.getByRole("listitem", { name: /Suggestion: Mass shelling/ })).toContainText(
    "Speaker: Ruen Vardanyan",
  );
  await suggestions.getByRole("button", { name: /Accept all above/ }).click();
  await expect(
    body(page).locator("[data-source-id]", { hasText: "Mass shelling has started here" }),
  ).toHaveCount(1);
  // Accepted suggestions leave the list; the low-confidence "under intensive fire" stays.
  await expect(suggestions.getByRole("listitem", { name: /Suggestion: Mass shelling/ })).toHaveCount(0);
  await expect(suggestions.getByRole("listitem", { name: /Suggestion: under intensive fire/ })).toHaveCount(
    1,
  );

  // Tag one quote by hand, with a new source.
  await selectWords(page, "under intensive fire");
  await page.keyboard.press(`${MOD}+Shift+Q`);
  const picker = page.getByRole("dialog", { name: "Tag quote" });
  await picker.getByRole("combobox", { name: "Source" }).fill("Karabakh residents");
  await picker.getByRole("option", { name: "New source “Karabakh residents”" }).click();
  await expect(picker).toHaveCount(0);
  const handTag = body(page).locator("[data-quote-id]", { hasText: "under intensive fire" });
  await expect(handTag).toHaveAttribute("data-source-id", /.+/);
  await expect(handTag).toHaveAttribute("title", "Quote: Karabakh residents");
  await expect(handTag).toHaveText("under intensive fire"); // the marks stay outside the tag
  await waitSaved(page);

  const zakharova = sourceCard(page, "Maria Zakharova");
  await expect(zakharova.getByTestId("quote-counts")).toHaveText("2 full · 1 partial");
  const before = await body(page).locator("[data-source-id]").count();
  expect(before).toBeGreaterThanOrEqual(8);

  await page.reload();
  await page.getByRole("button", { name: /Azerbaijan launches military operation/ }).click();
  await expect(body(page).locator("[data-source-id]")).toHaveCount(before);
  await expect(body(page).locator("[data-quote-id]", { hasText: "under intensive fire" })).toHaveAttribute(
    "title",
    "Quote: Karabakh residents",
  );
  await openSources(page);
  await expect(sourceCard(page, "Maria Zakharova").getByTestId("quote-counts")).toHaveText(
    "2 full · 1 partial",
  );
  await expect(sourceCard(page, "Karabakh residents").getByTestId("quote-counts")).toHaveText("1 partial");
  // Clicking a source lights up its quotes in the text.
  await sourceCard(page, "Maria Zakharova")
    .getByRole("button", { name: "Maria Zakharova", exact: true })
    .click();
  await expect(body(page).locator('[data-highlight="true"]')).toHaveCount(3);

  // The source's own page lists what she said, searchable.
  await sourceCard(page, "Maria Zakharova")
    .getByRole("button", { name: "All quotes by Maria Zakharova" })
    .click();
  const sourcePage = page.getByRole("dialog", { name: "All quotes by Maria Zakharova" });
  await expect(sourcePage.getByTestId("source-reach")).toHaveText(
    "3 quotes in 1 article · 2 full · 1 partial",
  );
  await sourcePage.getByRole("searchbox", { name: "Search quotes" }).fill("peaceful solution");
  await expect(sourcePage.getByRole("listitem")).toHaveCount(1);
  await expect(sourcePage.getByRole("listitem")).toContainText("all steps for a peaceful solution");
});

test("a speaker spelt differently from a library source is offered as that source, with a warning", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Shelling reported in Karabakh");
  await openSources(page);
  await sourcesTab(page).getByRole("button", { name: "Add source" }).click();
  await sourcesTab(page).getByRole("combobox", { name: "Source" }).fill("Ruben Vardanyan");
  await sourcesTab(page).getByRole("option", { name: "New source “Ruben Vardanyan”" }).click();
  await expect(sourceCard(page, "Ruben Vardanyan")).toBeVisible();

  await pastePlainText(
    page,
    '"Mass shelling has started here," Ruen Vardanyan, a former state minister of Karabakh said on Telegram.\n\nThe town was quiet by evening.',
  );
  const suggestion = page
    .getByRole("region", { name: "Suggestions" })
    .getByRole("listitem", { name: /Suggestion: Mass shelling/ });
  await expect(suggestion.getByRole("note")).toHaveText(
    "Spelling differs from the library's “Ruben Vardanyan”",
  );
  await suggestion.getByRole("button", { name: "Accept" }).click();
  await expect(body(page).locator("[data-quote-id]")).toHaveAttribute("title", "Quote: Ruben Vardanyan");
  await waitSaved(page);
  await expect(sourceCard(page, "Ruben Vardanyan").getByTestId("quote-counts")).toHaveText("1 full");
  // No second record was made for the misspelling.
  await expect(page.getByRole("list", { name: "Article sources" }).locator(":scope > li")).toHaveCount(1);
});

test("Ctrl+Z undoes a tag and Untag removes one, keeping the words", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Council meets");
  await body(page).click();
  await page.keyboard.type("The mayor called the plan a bold step for the city.");
  await selectWords(page, "a bold step");
  await page.getByRole("button", { name: "Tag quote" }).click();
  const picker = page.getByRole("dialog", { name: "Tag quote" });
  await picker.getByRole("combobox", { name: "Source" }).fill("Anna Petrova");
  await picker.getByRole("combobox", { name: "Source" }).press("ArrowDown");
  await expect(picker.getByRole("option", { name: "New source “Anna Petrova”" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await picker.getByRole("combobox", { name: "Source" }).press("Enter");
  const tag = body(page).locator("[data-quote-id]");
  await expect(tag).toHaveText("a bold step");

  await body(page).focus();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(tag).toHaveCount(0);
  await expect(body(page)).toHaveText("The mayor called the plan a bold step for the city.");

  // Redo brings it back; Untag in the toolbar removes it for good.
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(tag).toHaveText("a bold step");
  await selectWords(page, "bold");
  await page.getByRole("button", { name: "Untag" }).click();
  await expect(tag).toHaveCount(0);
  await expect(body(page)).toHaveText("The mayor called the plan a bold step for the city.");
});

test("merging two records of one person retags the quotes in the open story", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Budget vote delayed");
  await body(page).click();
  await page.keyboard.type("The mayor called the plan a bold step and later a costly gamble for the city.");
  for (const [words, name] of [
    ["a bold step", "Anna Petrova"],
    ["a costly gamble", "Ana Petrova"],
  ]) {
    await selectWords(page, words);
    await page.keyboard.press(`${MOD}+Shift+Q`);
    const picker = page.getByRole("dialog", { name: "Tag quote" });
    await picker.getByRole("combobox", { name: "Source" }).fill(name);
    await picker.getByRole("option", { name: `New source “${name}”` }).click();
    await expect(body(page).locator("[data-quote-id]", { hasText: words })).toHaveAttribute(
      "title",
      `Quote: ${name}`,
    );
  }
  await waitSaved(page);
  await openSources(page);
  const anna = sourceCard(page, "Anna Petrova");
  await expect(anna.getByTestId("quote-counts")).toHaveText("1 partial");
  await anna.getByRole("button", { name: "Merge…" }).click();
  await anna.getByRole("combobox", { name: "Merge with" }).fill("Ana");
  await anna.getByRole("option", { name: /^Ana Petrova/ }).click();
  await anna.getByRole("group", { name: "Confirm merge" }).getByRole("button", { name: "Merge" }).click();

  await expect(body(page).locator("[data-quote-id]", { hasText: "a costly gamble" })).toHaveAttribute(
    "title",
    "Quote: Anna Petrova",
  );
  await waitSaved(page);
  await expect(page.getByRole("list", { name: "Article sources" }).locator(":scope > li")).toHaveCount(1);
  await expect(anna.getByTestId("quote-counts")).toHaveText("2 partial");
  // Still merged after a reload: the autosave did not bring the old record back.
  await page.reload();
  await page.getByRole("button", { name: /Budget vote delayed/ }).click();
  await expect(body(page).locator("[data-source-id]")).toHaveCount(2);
  const ids = await body(page)
    .locator("[data-source-id]")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sourceId));
  expect(ids).toHaveLength(2);
  expect(new Set(ids).size).toBe(1);
});
