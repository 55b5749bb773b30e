// Issue 18's margin comments and who is editing, as a desk editor meets them: set the name
// and initials in Settings, comment on words, reply, resolve, reload and find it all as it was;
// the export carries no trace of it. Deleting the commented words detaches the thread; undo
// brings the words and the anchor back. Deleting the thread itself takes its marks off, and
// undo brings the whole thread back.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, selectWords, fillSettings, storyBody, waitSaved } from "./steps.ts";

const STORY = "The council voted seven to two on Tuesday.";

async function commentOn(page: Page, words: string, text: string) {
  await selectWords(page, words);
  await page.keyboard.press(`${MOD}+Alt+M`);
  const draft = page.getByRole("region", { name: "New comment" });
  await expect(draft).toContainText(`Comment on “${words}”`);
  await draft.getByRole("textbox", { name: "Comment" }).fill(text);
  await draft.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(draft).toBeHidden();
}

const thread = (page: Page, words: string) => page.getByRole("listitem", { name: `Comment on “${words}”` });
const pageSelection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");

async function writeStory(page: Page) {
  await newArticle(page, "Council vote");
  await storyBody(page).click();
  await page.keyboard.type(STORY);
}

test("comment, reply, resolve, reload: the thread stays resolved, and no export shows it", async ({
  copydesk,
}) => {
  test.slow(); // a whole working session, reload and export included
  const { page } = copydesk;
  await page.getByRole("button", { name: "Settings…" }).click();
  await fillSettings(page, "Ana Lee", "AnL");
  await writeStory(page);
  await commentOn(page, "seven to two", "Check the count with the clerk.");

  const comment = thread(page, "seven to two");
  await expect(comment).toContainText("AnL");
  await expect(comment).toContainText("Ana Lee");
  await expect(comment).toContainText("Check the count with the clerk.");
  await expect(storyBody(page).locator("mark")).toHaveText("seven to two");

  await comment.getByRole("textbox", { name: "Reply" }).fill("Clerk confirms: 7-2.");
  await comment.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(comment.getByRole("list", { name: "Replies" }).getByRole("listitem")).toHaveCount(2);

  // The thread's words, clicked in the list, are selected in the story.
  await comment.getByRole("button", { name: "“seven to two”" }).click();
  await expect.poll(() => pageSelection(page)).toBe("seven to two");

  await comment.getByRole("button", { name: "Resolve" }).click();
  await expect(comment).toContainText("Resolved by Ana Lee");
  await waitSaved(page);

  await page.reload();
  await expect(storyBody(page)).toContainText(STORY);
  await page.getByRole("tab", { name: /Comments/ }).click();
  const kept = thread(page, "seven to two");
  await expect(kept).toContainText("Resolved by Ana Lee");
  await expect(kept.getByRole("list", { name: "Replies" })).toContainText("Clerk confirms: 7-2.");
  await expect(kept.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(storyBody(page).locator("mark")).toHaveText("seven to two");

  // The export: the words, none of the talk.
  await page.keyboard.press(`${MOD}+E`);
  const dialog = page.getByRole("dialog", { name: "Export", exact: true });
  await dialog.getByRole("button", { name: "Source" }).click();
  const source = dialog.getByLabel("Export source");
  for (const format of ["HTML page", "CMS fragment", "ninjs JSON"]) {
    await dialog.getByRole("radio", { name: format }).check();
    await expect(source).toContainText("seven to two on Tuesday");
    const text = (await source.textContent()) ?? "";
    expect(text).not.toMatch(/<mark|Check the count|Clerk confirms|Ana Lee|AnL/);
  }
});

test("deleting the commented words detaches the thread; undo anchors it again", async ({ copydesk }) => {
  test.slow(); // typing, commenting, deleting and undoing on a loaded machine
  const { page } = copydesk;
  await writeStory(page);
  // Spelling: the platform's spellchecker is on in the headline, dek and body.
  for (const box of ["Headline", "Dek", "Story body"])
    await expect(page.getByRole("textbox", { name: box })).toHaveAttribute("spellcheck", "true");

  await commentOn(page, "seven to two", "Which vote?");
  // Edits around the words keep the anchor.
  await selectWords(page, "Tuesday");
  await page.keyboard.type("Tuesday night");
  await expect(storyBody(page).locator("mark")).toHaveText("seven to two");
  await expect(thread(page, "seven to two")).not.toContainText("Detached");

  await selectWords(page, "seven to two");
  await page.keyboard.press("Backspace");
  await expect(storyBody(page).locator("mark")).toHaveCount(0);
  const detached = thread(page, "seven to two");
  await expect(detached).toContainText("Detached: its words were deleted");
  await expect(detached).toContainText("Which vote?");

  await page.keyboard.press(`${MOD}+Z`);
  await expect(storyBody(page).locator("mark")).toHaveText("seven to two");
  await expect(thread(page, "seven to two")).not.toContainText("Detached");
});

test("a thread deleted (asked once more) is gone, marks and all, and stays gone after a reload", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await writeStory(page);
  await commentOn(page, "seven to two", "Which vote?");
  await commentOn(page, "Tuesday", "Which Tuesday?");
  const doomed = thread(page, "seven to two");
  await doomed.getByRole("button", { name: "Delete" }).click();
  // Keep first: nothing changes.
  await doomed.getByRole("button", { name: "Keep" }).click();
  await expect(doomed).toContainText("Which vote?");
  await doomed.getByRole("button", { name: "Delete" }).click();
  await doomed.getByRole("button", { name: "Delete thread" }).click();
  await expect(doomed).toHaveCount(0);
  await expect(storyBody(page).locator("mark")).toHaveText("Tuesday");
  await expect(storyBody(page)).toHaveText(STORY);
  await waitSaved(page);

  await page.reload();
  await expect(storyBody(page)).toHaveText(STORY);
  await page.getByRole("tab", { name: /Comments/ }).click();
  await expect(thread(page, "Tuesday")).toContainText("Which Tuesday?");
  await expect(thread(page, "seven to two")).toHaveCount(0);
  await expect(storyBody(page).locator("mark")).toHaveText("Tuesday");
});

test("Ctrl+Z after deleting a thread brings it back, marks, replies and all, over a reload too", async ({
  copydesk,
}) => {
  test.slow(); // commenting, deleting, undoing, redoing and two reloads
  const { page } = copydesk;
  await writeStory(page);
  await commentOn(page, "seven to two", "Which vote?");
  const comment = thread(page, "seven to two");
  await comment.getByRole("textbox", { name: "Reply" }).fill("The second one.");
  await comment.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(comment.getByRole("list", { name: "Replies" }).getByRole("listitem")).toHaveCount(2);

  await comment.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("group", { name: "Delete this thread?" })).toContainText("brings them back");
  await comment.getByRole("button", { name: "Delete thread" }).click();
  await expect(comment).toHaveCount(0);
  await expect(storyBody(page).locator("mark")).toHaveCount(0);

  // The keys are back in the story: Ctrl+Z there is the undo.
  await page.keyboard.press(`${MOD}+Z`);
  await expect(storyBody(page).locator("mark")).toHaveText("seven to two");
  await expect(comment).not.toContainText("Detached");
  await expect(comment.getByRole("list", { name: "Replies" })).toContainText("Which vote?");
  await expect(comment.getByRole("list", { name: "Replies" })).toContainText("The second one.");
  // Redo deletes it again; undo once more brings it back.
  await page.keyboard.press(`${MOD}+Shift+Z`);
  await expect(storyBody(page).locator("mark")).toHaveCount(0);
  await expect(comment).toHaveCount(0);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(comment.getByRole("list", { name: "Replies" }).getByRole("listitem")).toHaveCount(2);
  // Back, it can be deleted again, and brought back again.
  await comment.getByRole("button", { name: "Delete" }).click();
  await comment.getByRole("button", { name: "Delete thread" }).click();
  await expect(comment).toHaveCount(0);
  await page.keyboard.press(`${MOD}+Z`);
  await expect(comment.getByRole("list", { name: "Replies" }).getByRole("listitem")).toHaveCount(2);
  await waitSaved(page);

  await page.reload();
  await expect(storyBody(page)).toHaveText(STORY);
  await page.getByRole("tab", { name: /Comments/ }).click();
  await expect(thread(page, "seven to two").getByRole("list", { name: "Replies" })).toContainText(
    "The second one.",
  );
  await expect(storyBody(page).locator("mark")).toHaveText("seven to two");

  // Its words deleted now, the thread stays, detached, as any thread whose words are deleted.
  await selectWords(page, "seven to two");
  await page.keyboard.press("Backspace");
  await expect(thread(page, "seven to two")).toContainText("Detached: its words were deleted");
  await waitSaved(page);
  await page.reload();
  await page.getByRole("tab", { name: /Comments/ }).click();
  await expect(thread(page, "seven to two")).toContainText("Detached: its words were deleted");
  await expect(thread(page, "seven to two")).toContainText("The second one.");
});

test("History names who kept each version", async ({ copydesk }) => {
  const { page } = copydesk;
  await page.getByRole("button", { name: "Settings…" }).click();
  await fillSettings(page, "Bo Chen");
  await writeStory(page);
  await page.keyboard.press(`${MOD}+S`);
  await page.getByRole("tab", { name: "History" }).click();
  await expect(page.getByRole("list", { name: "Revisions" }).getByRole("listitem").first()).toContainText(
    "by Bo Chen",
  );
});
