// Steps the specs share, in the words a user would use.
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

export const MOD = process.platform === "darwin" ? "Meta" : "Control";

/** The seed: a real wire story as copied off a news site (see ../shared/seed in the handbook). */
export const SEED_FILE = resolve(import.meta.dirname, "fixtures/press-tv-karabakh.txt");
export const SEED_HEADLINE = "Azerbaijan launches military operation in Karabakh as tensions escalate";

export const storyBody = (page: Page) => page.getByRole("textbox", { name: "Story body" });

export async function newArticle(page: Page, headline: string) {
  await page.getByRole("button", { name: "New Article" }).first().click();
  const headlineBox = page.getByRole("textbox", { name: "Headline" });
  await expect(headlineBox).toBeFocused();
  await headlineBox.fill(headline);
}

/** A new story with `text` in its body, saved, then Suggesting switched on (Ctrl/Cmd+Shift+E). */
export async function suggestingIn(page: Page, headline: string, text: string) {
  await newArticle(page, headline);
  await storyBody(page).click();
  await page.keyboard.type(text);
  await waitSaved(page);
  await page.keyboard.press(`${MOD}+Shift+E`);
  await expect(page.getByRole("button", { name: "Suggesting" })).toHaveAttribute("aria-pressed", "true");
}

export async function waitSaved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
}

/** Import the seed with the real CLI, then open it in the app. */
export async function openSeed(page: Page, cli: (...args: string[]) => Promise<{ code: number }>) {
  expect((await cli("import", SEED_FILE)).code).toBe(0);
  await page.reload();
  await page.getByRole("button", { name: new RegExp(SEED_HEADLINE) }).click();
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue(SEED_HEADLINE);
  await expect(storyBody(page)).toContainText("Mass shelling has started here");
}

/** Selects the first occurrence of `words` in the editor, as a mouse drag would. */
export async function selectWords(page: Page, words: string) {
  await storyBody(page).evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the editor: ${w}`);
  }, words);
}

/** In the open Settings dialog: the editor's name (and initials, when given), saved. */
export async function fillSettings(page: Page, name: string, initials?: string) {
  const settings = page.getByRole("dialog", { name: "Settings" });
  await settings.getByRole("textbox", { name: "Your name" }).fill(name);
  if (initials !== undefined) await settings.getByRole("textbox", { name: "Initials" }).fill(initials);
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings).toBeHidden();
}
