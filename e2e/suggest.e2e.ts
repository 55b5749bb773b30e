// Issue 18, suggested edits: an editor switches to Suggesting, deletes a word and inserts
// another, reloads, is refused at the gate while they are pending, accepts one in place and
// rejects the other from the Changes list; undo brings an accepted suggestion back.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, storyBody as body, waitSaved } from "./steps.ts";

const panel = (page: Page) => page.getByRole("tabpanel");

async function reopen(page: Page, headline: string) {
  await page.reload();
  await page.getByRole("button", { name: new RegExp(headline) }).click();
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue(headline);
}

test("suggest a deletion and an insertion, reload, meet the gate, accept one and reject the other", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Council backs tram plan");
  await body(page).click();
  await page.keyboard.type("The council narrowly backed the plan.");
  await waitSaved(page);

  const suggesting = page.getByRole("button", { name: "Suggesting" });
  await suggesting.click();
  await expect(suggesting).toHaveAttribute("aria-pressed", "true");

  // Delete "narrowly " with Backspace: it stays on screen, struck through.
  await body(page).getByText("narrowly").dblclick();
  await page.keyboard.press("Backspace");
  await expect(body(page).locator("del")).toHaveText(/^narrowly/);
  // Type a word before the full stop: it is an insertion, marked with who.
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type(" on Monday");
  await expect(body(page).locator("ins")).toHaveText(" on Monday");
  await expect(body(page).locator("ins")).toHaveAttribute("title", /^Inserted by /);
  await waitSaved(page);

  await reopen(page, "Council backs tram plan");
  await expect(body(page).locator("del")).toHaveText(/^narrowly/);
  await expect(body(page).locator("ins")).toHaveText(" on Monday");

  // The gate refuses a story with suggestions pending.
  await page.getByRole("tab", { name: "Details" }).click();
  const status = panel(page).getByRole("combobox").first();
  await status.selectOption("ready");
  const gate = page.getByRole("dialog", { name: "Publish gate" });
  await expect(gate.getByRole("list", { name: "Open blockers" })).toContainText("pending-suggestion");
  await gate.getByRole("button", { name: "Cancel" }).click();
  await expect(status).toHaveValue("draft");

  // Accept the deletion in place: the caret in it shows who suggested it, with Accept.
  await body(page).locator("del").click();
  const popover = page.getByRole("dialog", { name: "Suggested edit" });
  await expect(popover).toContainText("Deletion by");
  await popover.getByRole("button", { name: "Accept" }).click();
  await expect(body(page)).toHaveText("The council backed the plan on Monday.");
  await expect(body(page).locator("del")).toHaveCount(0);

  // Undo brings the pending deletion back; redo the accept.
  await page.keyboard.press(`${MOD}+Z`);
  await expect(body(page).locator("del")).toHaveText(/^narrowly/);
  await body(page).locator("del").click();
  await popover.getByRole("button", { name: "Accept" }).click();
  await expect(body(page).locator("del")).toHaveCount(0);

  // Reject the insertion from the Changes list.
  await page.getByRole("tab", { name: "Changes" }).click();
  const change = panel(page).getByRole("listitem").filter({ hasText: "on Monday" });
  await expect(change).toContainText("Insertion by");
  await change.getByRole("button", { name: "Reject" }).click();
  await expect(body(page)).toHaveText("The council backed the plan.");
  await expect(panel(page)).toContainText("No suggested edits");
  await waitSaved(page);

  await reopen(page, "Council backs tram plan");
  await expect(body(page)).toHaveText("The council backed the plan.");
  await page.getByRole("tab", { name: "Details" }).click();
  await panel(page).getByRole("combobox").first().selectOption("ready");
  await expect(gate).toBeHidden();
  await expect(panel(page).getByRole("combobox").first()).toHaveValue("ready");
});
