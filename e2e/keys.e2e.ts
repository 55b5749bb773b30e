// A key acts where the caret is on screen. The browser tells the editor about a caret moved
// by Home or an arrow only later (an async `selectionchange`); a Delete pressed in between
// must still delete there, not at the caret's old place.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, storyBody as body, waitSaved } from "./steps.ts";

/** Moves the caret to the story's first letter and presses `key` in the same moment. */
async function moveToStartAndPress(page: Page, key: string) {
  await body(page).evaluate((root, pressed) => {
    const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    if (!first) throw new Error("the story has no words");
    document.getSelection()?.collapse(first, 0);
    // Same task: no selectionchange can reach the editor before the key does.
    root.dispatchEvent(new KeyboardEvent("keydown", { key: pressed, bubbles: true, cancelable: true }));
  }, key);
}

test("Delete straight after a caret move deletes at the new caret, in editing and in Suggesting", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Ferry timetable");
  await body(page).click();
  await page.keyboard.type("Ferries run hourly.");
  await waitSaved(page);

  await moveToStartAndPress(page, "Delete");
  await expect(body(page)).toHaveText("erries run hourly.");

  await page.keyboard.press(`${MOD}+Shift+E`);
  await expect(page.getByRole("button", { name: "Suggesting" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("End");
  await moveToStartAndPress(page, "Delete");
  await expect(body(page).locator("del")).toHaveText("e");
  await waitSaved(page);
});
