// Issue 15: the editor sees the speaker ranking. A sure pick is pre-selected; an unsure one says
// so and waits; the next candidates and "Someone else…" are one click away.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { newArticle, storyBody as body } from "./steps.ts";

const STORY = [
  'Councillor Maria Olsen told the meeting on Tuesday that the library had "served this town for ninety years" and should stay open.',
  "Her colleague Tom Reyes, who chairs the finance committee, disagreed and pointed to the repair bill.",
  '"We cannot keep pouring money into a building that leaks."',
  '"The ground floor will flood again this winter," Olsen said.',
].join("\n\n");

async function paste(page: Page, text: string) {
  await body(page).click();
  await body(page).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a sure speaker is pre-selected; an unsure one waits, with the next candidates one click away", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Council moves to close Elm Street library");
  await paste(page, STORY);
  await page.getByRole("tab", { name: "Sources" }).click();
  const suggestions = page.getByRole("region", { name: "Suggestions" });

  const sure = suggestions.getByRole("listitem", { name: /Suggestion: The ground floor/ });
  await expect(sure.getByRole("group", { name: "Speaker" })).toBeVisible();
  await expect(sure.getByRole("radio", { name: "Maria Olsen" })).toBeChecked();
  await expect(sure.getByRole("button", { name: "Accept" })).toBeVisible();

  const unsure = suggestions.getByRole("listitem", { name: /Suggestion: We cannot keep/ });
  await expect(unsure.getByRole("group", { name: "Unsure of the speaker: pick one" })).toBeVisible();
  await expect(unsure.getByRole("radio", { name: "Tom Reyes" })).not.toBeChecked();
  // Nothing is tagged until the editor picks.
  await expect(unsure.getByRole("button", { name: "Accept" })).toHaveCount(0);
  await expect(unsure.getByRole("radio", { name: "Maria Olsen" })).toHaveCount(0);

  await unsure.getByRole("button", { name: /Other speakers/ }).click();
  await expect(unsure.getByRole("button", { name: "Someone else…" })).toBeVisible();
  await unsure.getByRole("radio", { name: "Maria Olsen" }).check();
  await expect(unsure).toContainText("Tags as: new source “Maria Olsen”");
  await unsure.getByRole("button", { name: "Accept" }).click();
  await expect(
    body(page).locator("[data-quote-id]", { hasText: "We cannot keep pouring money" }),
  ).toHaveAttribute("title", "Quote: Maria Olsen");
  await expect(unsure).toHaveCount(0);
});
