// Typing through an input method (a dead key for "é", a Japanese IME) in Suggesting mode: the
// composed words are an insertion like typed ones, not an untracked change, and nothing of the
// composition (its place-holders) is left in the story. Chromium's DevTools protocol drives the
// composition as an input method does (imeSetComposition, then the committed text).
import { expect, test } from "./fixtures.ts";
import { MOD, storyBody as body, suggestingIn, waitSaved } from "./steps.ts";

test("in Suggesting, words composed with an input method are a suggested insertion", async ({ copydesk }) => {
  const { page } = copydesk;
  await suggestingIn(page, "Café reopens", "The cafe reopens.");

  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  const cdp = await page.context().newCDPSession(page);
  await page.keyboard.type(" on Rue ");
  await cdp.send("Input.imeSetComposition", { text: "´", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.imeSetComposition", { text: "é", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.insertText", { text: "é" });
  await page.keyboard.type("tienne");
  await expect(body(page)).toHaveText("The cafe reopens on Rue étienne.");
  await expect(body(page).locator("ins")).toHaveText(" on Rue étienne");

  // A Japanese word composed in several steps at the start of the story, away from any insertion.
  await page.keyboard.press(`${MOD}+Home`);
  for (const step of ["と", "とう", "とうきょう", "東京"])
    await cdp.send("Input.imeSetComposition", {
      text: step,
      selectionStart: step.length,
      selectionEnd: step.length,
    });
  await cdp.send("Input.insertText", { text: "東京" });
  await expect(body(page).locator("ins").first()).toHaveText("東京");
  await waitSaved(page);

  // What was kept is what the screen shows: no place-holders, the insertions where they were.
  await page.reload();
  await expect(body(page)).toHaveText("東京The cafe reopens on Rue étienne.");
  const stored = await body(page).evaluate((el) => el.textContent ?? "");
  expect(stored).not.toMatch(/\u200B/);
  await expect(body(page).locator("ins")).toHaveText(["東京", " on Rue étienne"]);
});
