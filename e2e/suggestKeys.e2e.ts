// Suggesting mode under the keys an editor uses: Backspace held over several letters, Delete,
// typing over a selection, a word deleted with Ctrl+Backspace, a paste, and undo; Bold; a
// paragraph break suggested with Enter, and a join with Backspace or Delete at a paragraph's edge.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, storyBody as body, suggestingIn, waitSaved } from "./steps.ts";

const WORD_BACK = process.platform === "darwin" ? "Alt+Backspace" : "Control+Backspace";

/** Select `words` in the story body as a mouse would, not inside struck-through words. */
async function selectWords(page: Page, words: string) {
  await body(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0 || node.parentElement?.closest("del")) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the story`);
  }, words);
}

test("in Suggesting, Backspace, Delete, typing over and paste all leave suggestions", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await suggestingIn(page, "Harbour reopens", "The harbour reopened yesterday after storms.");

  // Backspace three times at the end: one deletion of "s." grows to "ms."
  await page.keyboard.press("End");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Backspace");
  await expect(body(page).locator("del")).toHaveText("ms.");
  // Typing there is an insertion, placed after the struck words (old, then new).
  await page.keyboard.type("m damage.");
  await expect(body(page).locator("ins")).toHaveText("m damage.");
  await expect(body(page)).toHaveText("The harbour reopened yesterday after storms.m damage.");

  // A word deleted with Ctrl+Backspace at the caret after "yesterday".
  await selectWords(page, "yesterday");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(WORD_BACK);
  await expect(body(page).locator("del").first()).toHaveText(/yesterday/);

  // Typing over a selected word: a deletion plus an insertion.
  await selectWords(page, "harbour");
  await page.keyboard.type("port");
  await expect(body(page).locator("del").first()).toHaveText("harbour");
  await expect(body(page).locator("ins").first()).toHaveText("port");

  // Undo takes back the last suggestion only.
  await page.keyboard.press(`${MOD}+Z`);
  await expect(body(page).locator("ins").first()).toHaveText("m damage.");
  await expect(body(page).locator("del").first()).toHaveText("yesterday");

  // Delete at the start of the story, twice: one deletion "Th".
  await page.keyboard.press(`${MOD}+Home`);
  await page.keyboard.press("Delete");
  await page.keyboard.press("Delete");
  await expect(body(page).locator("del").first()).toHaveText("Th");

  // A paste at the end is an insertion of the pasted words.
  await page.keyboard.press(`${MOD}+End`);
  await body(page).evaluate((root) => {
    const data = new DataTransfer();
    data.setData("text/plain", " Ferries run again.");
    root.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body(page).locator("ins").last()).toHaveText("m damage. Ferries run again.");
  await expect(body(page)).toHaveText(
    "The harbour reopened yesterday after storms.m damage. Ferries run again.",
  );
  await waitSaved(page);
});

test("in Suggesting, Bold on selected words is a suggestion: shown, listed, kept over a reload, rejected", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await suggestingIn(page, "Ferries return", "Ferries return to the harbour on Monday.");

  // Ctrl+B over "on Monday": the words show bold at once, marked as a formatting suggestion.
  await selectWords(page, "on Monday");
  await page.keyboard.press(`${MOD}+B`);
  const change = body(page).locator(".ed-suggest-format");
  await expect(change).toHaveText("on Monday");
  await expect(change.locator("strong")).toHaveText("on Monday");
  await expect(change).toHaveAttribute("title", /^Bold by /);
  await waitSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /Ferries return/ }).click();
  await expect(body(page).locator(".ed-suggest-format strong")).toHaveText("on Monday");

  // The Changes list names it; Reject takes the bold off and leaves the words.
  await page.getByRole("tab", { name: "Changes" }).click();
  const item = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: "on Monday" });
  await expect(item).toContainText("Formatting: bold by");
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(body(page).locator(".ed-suggest-format")).toHaveCount(0);
  await expect(body(page).locator("strong")).toHaveCount(0);
  await expect(body(page)).toHaveText("Ferries return to the harbour on Monday.");
  await waitSaved(page);
});

test("in Suggesting, Enter is a suggested paragraph break: marked, kept over a reload, rejected", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await suggestingIn(page, "Bridge vote", "The council met. It voted 7-2.");

  await selectWords(page, " It");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  const paragraphs = body(page).locator("p");
  await expect(paragraphs).toHaveText(["The council met.", " It voted 7-2."]);
  await expect(paragraphs.nth(1)).toHaveAttribute("data-suggested-break", /.+/);
  await waitSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /Bridge vote/ }).click();
  await expect(body(page).locator("p").nth(1)).toHaveAttribute("data-suggested-break", /.+/);
  await page.getByRole("tab", { name: "Changes" }).click();
  const item = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: "Paragraph break" });
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(body(page).locator("p")).toHaveText(["The council met. It voted 7-2."]);
  await waitSaved(page);
});

test("in Suggesting, Backspace at a paragraph's start suggests joining it: marked, listed, kept over a reload, held at the gate; rejected, undone, accepted", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await suggestingIn(page, "Ferry strike", "The strike ended.\nFerries sail again.");
  const paragraphs = body(page).locator("p");
  await expect(paragraphs).toHaveText(["The strike ended.", "Ferries sail again."]);

  await selectWords(page, "Ferries");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Backspace");
  // Both paragraphs stay; the break between them is marked, a struck pilcrow after the first.
  await expect(paragraphs).toHaveText(["The strike ended.", "Ferries sail again."]);
  await expect(paragraphs.nth(1)).toHaveAttribute("data-suggested-join", /.+/);
  const pilcrow = () =>
    paragraphs.nth(0).evaluate((p) => {
      const after = getComputedStyle(p, "::after");
      return `${after.content} ${after.textDecorationLine}`;
    });
  expect(await pilcrow()).toBe('"¶" line-through');
  await page.getByRole("tab", { name: "Changes" }).click();
  const item = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: "Join paragraphs" });
  await expect(item).toHaveCount(1);
  await waitSaved(page);

  await page.reload();
  await page.getByRole("button", { name: /Ferry strike/ }).click();
  await expect(body(page).locator("p").nth(1)).toHaveAttribute("data-suggested-join", /.+/);

  // The gate holds the story while the join is pending.
  await page.getByRole("tab", { name: "Details" }).click();
  const status = page.getByRole("tabpanel").getByRole("combobox").first();
  await status.selectOption("ready");
  const gate = page.getByRole("dialog", { name: "Publish gate" });
  await expect(gate.getByRole("list", { name: "Open blockers" })).toContainText("pending-suggestion");
  await gate.getByRole("button", { name: "Cancel" }).click();
  await expect(status).toHaveValue("draft");

  // Rejected: both paragraphs, the mark off. Undo brings the join back.
  await page.getByRole("tab", { name: "Changes" }).click();
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(paragraphs).toHaveText(["The strike ended.", "Ferries sail again."]);
  await expect(paragraphs.nth(1)).not.toHaveAttribute("data-suggested-join");
  expect(await pilcrow()).toBe("none none");
  await body(page).click();
  await page.keyboard.press(`${MOD}+Z`);
  await expect(paragraphs.nth(1)).toHaveAttribute("data-suggested-join", /.+/);

  // Accepted: one paragraph, the words run on as they stood.
  await item.getByRole("button", { name: "Accept" }).click();
  await expect(paragraphs).toHaveText(["The strike ended.Ferries sail again."]);
  await expect(page.getByRole("tabpanel")).toContainText("No suggested edits");
  await waitSaved(page);
});

test("in Suggesting, Backspace right after one's own Enter takes the break back; Delete at a paragraph's end suggests a join", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await suggestingIn(page, "Tram vote", "The council met. It voted 7-2.\nThe mayor left.");
  await selectWords(page, " It");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(body(page).locator("p")).toHaveText(["The council met.", " It voted 7-2.", "The mayor left."]);
  await page.keyboard.press("Backspace");
  await expect(body(page).locator("p")).toHaveText(["The council met. It voted 7-2.", "The mayor left."]);
  await expect(body(page).locator("[data-suggested-break], [data-suggested-join]")).toHaveCount(0);

  await page.keyboard.press("End");
  await page.keyboard.press("Delete");
  await expect(body(page).locator("p").nth(1)).toHaveAttribute("data-suggested-join", /.+/);
  // The caret went past the break: typing goes into the second paragraph, as an insertion.
  await page.keyboard.type("Then ");
  await expect(body(page).locator("p").nth(1)).toHaveText("Then The mayor left.");
  await expect(body(page).locator("p").nth(1).locator("ins")).toHaveText("Then ");
  // Backspace at the start of that paragraph goes past the pending join to the word before it.
  await page.keyboard.press("Home");
  await page.keyboard.press("Backspace");
  await expect(body(page).locator("p").nth(0).locator("del")).toHaveText(".");
  await expect(body(page).locator("p").nth(1)).toHaveAttribute("data-suggested-join", /.+/);
  await waitSaved(page);
});
