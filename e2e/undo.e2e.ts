// Issue 12, item 1: undo and redo are edits like any other, and autosave keeps them.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, storyBody as body, waitSaved } from "./steps.ts";

const REDO = process.platform === "darwin" ? "Meta+Shift+Z" : "Control+Y";

/** Lexical's history starts a new undo step after a second without edits. */
const pauseForUndoStep = (page: Page) => page.waitForTimeout(1100);

async function reopen(page: Page, headline: string) {
  await page.reload();
  await page.getByRole("button", { name: new RegExp(headline) }).click();
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue(headline);
}

test("a paragraph's words deleted and brought back with undo are still there after a reload", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Tram line extended");
  await body(page).click();
  await page.keyboard.type("The tram line will reach the airport by 2028.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Residents along the route were consulted twice.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Work starts in May.");
  await waitSaved(page);
  await pauseForUndoStep(page);

  // Select the middle paragraph's words and delete them; autosave writes the deletion.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Delete");
  await expect(body(page)).not.toContainText("Residents");
  await waitSaved(page);

  await page.keyboard.press(`${MOD}+Z`);
  await expect(body(page)).toContainText("Residents along the route were consulted twice.");
  await waitSaved(page);

  await reopen(page, "Tram line extended");
  await expect(body(page)).toContainText("Residents along the route were consulted twice.");
});

test("undone typing and a redo are saved as the screen shows them", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Library hours");
  await body(page).click();
  await page.keyboard.type("The library opens at nine.");
  await waitSaved(page);
  await pauseForUndoStep(page);
  await page.keyboard.type(" Late opening is on Thursdays.");
  await waitSaved(page);

  await page.keyboard.press(`${MOD}+Z`);
  await expect(body(page)).toHaveText("The library opens at nine.");
  await waitSaved(page);
  await reopen(page, "Library hours");
  await expect(body(page)).toHaveText("The library opens at nine.");

  // Redo needs this editor's own history: type, undo, redo, then reload.
  await body(page).click();
  await page.keyboard.press(`${MOD}+End`);
  await pauseForUndoStep(page);
  await page.keyboard.type(" Closed on Sundays.");
  await waitSaved(page);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(body(page)).toHaveText("The library opens at nine.");
  await waitSaved(page);
  await page.keyboard.press(REDO);
  await expect(body(page)).toHaveText("The library opens at nine. Closed on Sundays.");
  await waitSaved(page);
  await reopen(page, "Library hours");
  await expect(body(page)).toHaveText("The library opens at nine. Closed on Sundays.");
});
