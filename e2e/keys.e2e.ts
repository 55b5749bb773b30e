// A key or a paste acts where the caret is on screen. The browser tells the editor about a
// caret moved by Home or an arrow only later (an async `selectionchange`); a Delete pressed or
// a paste made in between must still act there, not at the caret's old place.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, storyBody as body, waitSaved } from "./steps.ts";

/**
 * Moves the caret to the story's first letter and, in the same moment, presses `key` or
 * pastes `paste`: in one task, so no selectionchange can reach the editor in between.
 */
async function moveToStartAnd(page: Page, what: { key: string } | { paste: string }) {
  await body(page).evaluate((root, act) => {
    const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
    if (!first) throw new Error("the story has no words");
    document.getSelection()?.collapse(first, 0);
    if ("key" in act) {
      root.dispatchEvent(new KeyboardEvent("keydown", { key: act.key, bubbles: true, cancelable: true }));
      return;
    }
    const data = new DataTransfer();
    data.setData("text/plain", act.paste);
    root.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, what);
}

test("Delete straight after a caret move deletes at the new caret, in editing and in Suggesting", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Ferry timetable");
  await body(page).click();
  await page.keyboard.type("Ferries run hourly.");
  await waitSaved(page);

  await moveToStartAnd(page, { key: "Delete" });
  await expect(body(page)).toHaveText("erries run hourly.");

  await page.keyboard.press(`${MOD}+Shift+E`);
  await expect(page.getByRole("button", { name: "Suggesting" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("End");
  await moveToStartAnd(page, { key: "Delete" });
  await expect(body(page).locator("del")).toHaveText("e");
  await waitSaved(page);
});

test("a paste straight after a caret move lands at the new caret", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Bridge repairs");
  await body(page).click();
  await page.keyboard.type("The bridge reopens.");
  await waitSaved(page);
  await moveToStartAnd(page, { paste: "Update: " });
  await expect(body(page)).toHaveText("Update: The bridge reopens.");
  await waitSaved(page);
});
