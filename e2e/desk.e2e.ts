// Issue 18, the desk's own checks: house style fixed in one click, a TK highlighted and
// refused at the gate, the style sheet edited and taken out and in as CSV.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { MOD, newArticle, storyBody as body, waitSaved } from "./steps.ts";

const panel = (page: Page) => page.getByRole("tabpanel");
const findings = (page: Page, rule: string) =>
  panel(page)
    .getByRole("listitem")
    .filter({ has: page.getByText(rule, { exact: true }) });
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get("copydesk-placeholder");
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  });

test("a house-style finding is fixed in one click; a TK is highlighted and holds the gate", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Turnout falls");
  await body(page).click();
  await page.keyboard.type("Turnout fell 5 percent on Sunday. Police said TK people were hurt.");
  await waitSaved(page);

  // Spelling is checked where the writer writes.
  for (const name of ["Headline", "Dek"])
    await expect(page.getByRole("textbox", { name })).toHaveAttribute("spellcheck", "true");
  await expect(body(page)).toHaveAttribute("spellcheck", "true");

  await expect.poll(() => highlighted(page)).toEqual(["TK"]);

  await page.getByRole("tab", { name: /Review/ }).click();
  const placeholder = findings(page, "placeholder-left");
  await expect(placeholder).toHaveCount(1);
  await expect(placeholder).toContainText("TK");
  await expect(panel(page).getByRole("heading", { name: /^Blockers/ })).toContainText("1");

  const perCent = findings(page, "house-style/per-cent");
  await expect(perCent).toContainText('Use "per cent"');
  await perCent.getByRole("button", { name: "Fix" }).click();
  await expect(body(page)).toContainText("Turnout fell 5 per cent on Sunday.");
  await expect(findings(page, "house-style/per-cent")).toHaveCount(0);

  // The gate refuses while the TK is there.
  await page.getByRole("tab", { name: "Details" }).click();
  const status = panel(page).getByRole("combobox").first();
  await status.selectOption("ready");
  const gate = page.getByRole("dialog", { name: "Publish gate" });
  await expect(gate.getByRole("list", { name: "Open blockers" })).toContainText("placeholder-left");
  await gate.getByRole("button", { name: "Cancel" }).click();
  await expect(status).toHaveValue("draft");

  // Fill it in: the highlight goes and the gate lets the story through.
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Shift+Control+Home");
  await page.keyboard.type("Turnout fell 5 per cent on Sunday. Police said three people were hurt.");
  await expect.poll(() => highlighted(page)).toEqual([]);
  await waitSaved(page);
  await status.selectOption("ready");
  await expect(status).toHaveValue("ready");
  await expect(gate).toBeHidden();
});

test("the desk edits its style sheet, its markers, and takes the sheet out and in as CSV", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Heading home");
  await body(page).click();
  await page.keyboard.type("The crowd moved towards the stadium. XX fans waited.");
  await waitSaved(page);

  await page.getByRole("tab", { name: "Style" }).click();
  await panel(page).getByRole("button", { name: "Add rule" }).click();
  const form = panel(page).getByRole("form", { name: "New rule" });
  await form.getByRole("textbox", { name: "Rule id" }).fill("toward");
  await form.getByRole("textbox", { name: "Pattern" }).fill("towards");
  await form.getByRole("textbox", { name: "Replacement" }).fill("toward");
  await form.getByRole("textbox", { name: "Description" }).fill("US style: toward.");
  await form.getByRole("button", { name: "Save rule" }).click();
  await expect(panel(page).getByRole("list", { name: "House style rules" })).toContainText("toward");

  // A broken regular expression is refused with the reason, and nothing is added.
  await panel(page).getByRole("button", { name: "Add rule" }).click();
  const bad = panel(page).getByRole("form", { name: "New rule" });
  await bad.getByRole("textbox", { name: "Rule id" }).fill("broken");
  await bad.getByRole("combobox", { name: "Kind" }).selectOption("regex");
  await bad.getByRole("textbox", { name: "Pattern" }).fill("(unclosed");
  await bad.getByRole("button", { name: "Save rule" }).click();
  await expect(panel(page).getByRole("alert")).toContainText("Rule broken:");
  await bad.getByRole("button", { name: "Cancel" }).click();

  const markers = panel(page).getByRole("textbox", { name: /Placeholder markers/ });
  await expect(markers).toHaveValue("TK");
  await markers.fill("TK, XX");
  await panel(page).getByRole("button", { name: "Save markers" }).click();
  await expect.poll(() => highlighted(page)).toEqual(["XX"]);

  await page.getByRole("tab", { name: /Review/ }).click();
  await expect(findings(page, "house-style/toward")).toContainText('Use "toward"');
  await expect(findings(page, "placeholder-left")).toContainText("XX");

  // Out as CSV, with the new rule in it; back in (replacing) after a delete.
  await page.getByRole("tab", { name: "Style" }).click();
  const saved = await copydesk.saveFile(() =>
    panel(page).getByRole("button", { name: "Export CSV" }).click(),
  );
  expect(saved.fileName).toBe("house-style.csv");
  expect(saved.content).toContain("toward,word,towards,toward");
  await panel(page).getByRole("button", { name: "Delete rule toward" }).click();
  await expect(panel(page).locator('[data-rule="toward"]')).toHaveCount(0);
  await panel(page).getByRole("combobox", { name: "Import mode" }).selectOption("replace");
  await panel(page)
    .getByLabel("Import house style CSV")
    .setInputFiles({ name: "house-style.csv", mimeType: "text/csv", buffer: Buffer.from(saved.content) });
  await expect(panel(page).locator('[data-rule="toward"]')).toHaveCount(1);
});

test("History compares two revisions word by word", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Council vote");
  await body(page).click();
  await page.keyboard.type("The council voted on Tuesday to close two libraries.");
  await waitSaved(page);
  await page.keyboard.press(`${MOD}+S`);
  await expect(page.getByRole("status")).toHaveText("Version saved in History.");
  await page.keyboard.press(`${MOD}+A`);
  await page.keyboard.type("The council met on Tuesday to close two libraries and a pool.");
  await waitSaved(page);
  await page.keyboard.press(`${MOD}+S`);

  await page.getByRole("tab", { name: "History" }).click();
  const compare = panel(page).getByRole("region", { name: "Compare revisions" });
  await compare.getByRole("button", { name: "Compare" }).click();
  const changes = compare.getByLabel("Body changes");
  await expect(changes.locator("del")).toHaveText(["voted"]);
  await expect(changes.locator("ins")).toHaveText(["met", " and a pool"]);
  await expect(compare.getByTestId("compare-summary")).toHaveText("4 words inserted, 1 deleted");
  await expect(changes).toContainText("on Tuesday to close two libraries");
});

test("a word target shows over and under live; headline and dek counters turn red past their limits", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Short headline");
  const headlineCount = page.getByTestId("headline-characters");
  await expect(headlineCount).toHaveText("14/70");
  await expect(headlineCount).toHaveAttribute("data-over", "false");

  await page.getByTestId("word-target").click();
  await page.getByRole("spinbutton", { name: "Word target" }).fill("10");
  await page.getByRole("button", { name: "Set", exact: true }).click();
  await expect(page.getByTestId("word-target")).toHaveText("10 under 10");
  await body(page).click();
  await page.keyboard.type("One two three four five six.");
  await expect(page.getByTestId("word-target")).toHaveText("4 under 10");
  await page.keyboard.type(" Seven eight nine ten eleven twelve.");
  await expect(page.getByTestId("word-target")).toHaveText("2 over 10");
  await expect(page.getByTestId("word-target")).toHaveAttribute("data-state", "over");

  // Limits are the desk's: a shorter headline limit turns the counter red.
  await page.getByRole("tab", { name: "Style" }).click();
  const limits = panel(page).getByRole("form", { name: "Length limits" });
  await limits.getByRole("spinbutton", { name: "Headline characters" }).fill("10");
  await limits.getByRole("button", { name: "Save limits" }).click();
  await expect(headlineCount).toHaveText("14/10");
  await expect(headlineCount).toHaveAttribute("data-over", "true");
  await expect(headlineCount).toHaveCSS("color", "rgb(198, 40, 40)");
  await page.getByRole("textbox", { name: "Dek" }).fill("A dek");
  await expect(page.getByTestId("dek-characters")).toHaveText("5/160");

  // The target stays with the article.
  await waitSaved(page);
  await page.reload();
  await page.getByRole("button", { name: /Short headline/ }).click();
  await expect(page.getByTestId("word-target")).toHaveText("2 over 10");
  await expect(page.getByTestId("headline-characters")).toHaveText("14/10");
});

test("a published story is corrected, and the exported page ends with the correction", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  await newArticle(page, "Council vote");
  await body(page).click();
  await page.keyboard.type("The council voted 6-3 on Tuesday to close the library.");
  await waitSaved(page);
  await page.getByRole("tab", { name: "Details" }).click();
  await panel(page).getByRole("combobox").first().selectOption("published");
  await expect(panel(page).getByRole("combobox").first()).toHaveValue("published");

  await page.getByRole("tab", { name: "History" }).click();
  const corrections = panel(page).getByRole("region", { name: "Corrections" });
  await corrections
    .getByRole("textbox", { name: "Correction" })
    .fill("An earlier version gave the tally as 7-2.");
  await corrections.getByRole("button", { name: "Add correction" }).click();
  await expect(corrections.getByRole("listitem")).toContainText("An earlier version gave the tally as 7-2.");
  await expect(page.getByRole("list", { name: "Revisions" })).toContainText("Before correction");

  const listed = JSON.parse((await cli("list", "--json")).stdout) as { articles: { id: string }[] };
  const exported = await cli("export", listed.articles[0].id, "--format", "html");
  expect(exported.code, exported.stderr).toBe(0);
  const block = /<aside class="correction"[\s\S]*?<\/aside>/.exec(exported.stdout)?.[0] ?? "";
  expect(block).toContain("<h2>Correction</h2>");
  expect(block).toContain("An earlier version gave the tally as 7-2.");
  expect(exported.stdout).toContain('"@type": "CorrectionComment"');
});
