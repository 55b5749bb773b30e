// Issue 4's flow: the attribution review in the Review tab, sign-offs, and the publish gate,
// as a standards editor would use them on the seed story.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { openSeed, SEED_HEADLINE as HEADLINE, fillSettings, storyBody as body } from "./steps.ts";

const panel = (page: Page) => page.getByRole("tabpanel");
/** The Review tab's entries for one rule. */
const findings = (page: Page, rule: string) =>
  panel(page)
    .getByRole("listitem")
    .filter({ has: page.getByText(rule, { exact: true }) });
const pageSelection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");

/** After a reload the story is still ready, and History holds the sign-off and the override. */
async function expectKeptWithTheArticle(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  await page.reload();
  await page.getByRole("button", { name: new RegExp(HEADLINE) }).click();
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue(HEADLINE);
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(panel(page).getByRole("combobox").first()).toHaveValue("ready");
  await page.getByRole("tab", { name: "History" }).click();
  const record = page.getByRole("list", { name: "Review record" });
  await expect(
    record.getByRole("listitem").filter({ hasText: "Signed off hedge-word by Alice Editor" }),
  ).toContainText("Confirmed with agency");
  await expect(record.getByRole("listitem").filter({ hasText: "Override by Alice Editor" })).toContainText(
    "Wire copy, agency is responsible",
  );
  await expect(record).toContainText("mark it ready");
}

test("review the seed story: fix, sign off, be refused at the gate, override, find it all in History", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  await openSeed(page, cli);

  await page.getByRole("tab", { name: /Review/ }).click();
  await expect(panel(page).getByRole("heading", { name: /^Blockers/ })).toBeVisible();
  await expect(findings(page, "unclosed-quote")).toHaveCount(1);
  await expect(findings(page, "untagged-quote").first()).toBeVisible();
  await expect(findings(page, "unverified-social-source")).toHaveCount(1);
  await expect(findings(page, "hedge-word")).toContainText("purportedly");

  // Clicking a finding selects its words in the story.
  const fire = findings(page, "untagged-quote").filter({ hasText: "under intensive fire" });
  await fire.getByRole("button", { name: /untagged-quote/ }).click();
  await expect.poll(() => pageSelection(page)).toBe("under intensive fire");

  // Close the runaway quotation at the end of its paragraph; the blocker goes.
  const unclosed = findings(page, "unclosed-quote");
  await expect(unclosed).toContainText("high precision weapons");
  await unclosed.getByRole("button", { name: /unclosed-quote/ }).click();
  await expect.poll(() => pageSelection(page)).toMatch(/^"high precision weapons.*operations\.$/);
  await page.keyboard.press("End");
  await page.keyboard.type('"');
  await expect(body(page)).toContainText('in depth as part of the operations."');
  await expect(findings(page, "unclosed-quote")).toHaveCount(0);
  await expect(findings(page, "untagged-quote").first()).toBeVisible();

  // Sign as a named editor, then sign off the hedge word with a note.
  await panel(page).getByRole("button", { name: "(change)" }).click();
  await fillSettings(page, "Alice Editor");
  await expect(panel(page).getByTestId("editor-name")).toHaveText("Alice Editor");
  await expect(panel(page).getByText("(AE)")).toBeVisible();
  const hedge = findings(page, "hedge-word");
  await hedge.getByRole("button", { name: "Sign off…" }).click();
  const signOff = hedge.getByRole("button", { name: "Sign off", exact: true });
  await expect(signOff).toBeDisabled(); // a note is required
  await hedge.getByRole("textbox", { name: /Sign-off note/ }).fill("Confirmed with agency");
  await signOff.click();
  await expect(hedge).toContainText("Signed off by Alice Editor");
  await expect(hedge).toContainText("Confirmed with agency");

  // Marking it ready is refused while blockers are open; cancelling leaves it a draft.
  await page.getByRole("tab", { name: "Details" }).click();
  // The Details tab's first field is the status select.
  const status = panel(page).getByRole("combobox").first();
  await status.selectOption("ready");
  const gate = page.getByRole("dialog", { name: "Publish gate" });
  await expect(gate).toBeVisible();
  await expect(gate.getByRole("list", { name: "Open blockers" })).toContainText("untagged-quote");
  await expect(gate.getByRole("list", { name: "Open blockers" })).not.toContainText("unclosed-quote");
  await gate.getByRole("button", { name: "Cancel" }).click();
  await expect(gate).toBeHidden();
  await expect(status).toHaveValue("draft");

  // Again, and this time override with a reason.
  await status.selectOption("ready");
  await expect(gate).toBeVisible();
  const override = gate.getByRole("button", { name: "Override and mark ready" });
  await expect(override).toBeDisabled();
  await gate.getByRole("textbox", { name: "Reason for override" }).fill("Wire copy, agency is responsible");
  await override.click();
  await expect(gate).toBeHidden();
  await expect(status).toHaveValue("ready");

  await expectKeptWithTheArticle(page);
});

test("findings follow the typing, a fix replaces the words, and a sign-off can be withdrawn", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await page.getByRole("button", { name: "New Article" }).first().click();
  await page.getByRole("textbox", { name: "Headline" }).fill("Road to the port reopens");
  await page.getByRole("tab", { name: /Review/ }).click();
  await expect(panel(page)).toContainText("No open blockers or warnings.");

  await body(page).click();
  await page.keyboard.type("Mayor Ana Ruiz claimed that the road was open.");
  const loaded = findings(page, "loaded-attribution-verb");
  await expect(loaded).toHaveCount(1);
  await expect(loaded).toContainText('Use "said"');
  await loaded.getByRole("button", { name: "Fix" }).click();
  await expect(body(page)).toHaveText("Mayor Ana Ruiz said that the road was open.");
  await expect(findings(page, "loaded-attribution-verb")).toHaveCount(0);

  await page.keyboard.press("End");
  await page.keyboard.type(" The bridge reportedly reopened on Monday.");
  const hedge = findings(page, "hedge-word");
  await expect(hedge).toContainText("reportedly");
  await hedge.getByRole("button", { name: "Sign off…" }).click();
  await hedge.getByRole("textbox", { name: /Sign-off note/ }).fill("Police confirmed by phone");
  await hedge.getByRole("button", { name: "Sign off", exact: true }).click();
  await expect(hedge).toContainText("Police confirmed by phone");
  await expect(panel(page)).toContainText("No open blockers or warnings.");

  await hedge.getByRole("button", { name: "Withdraw" }).click();
  await expect(hedge.getByRole("button", { name: "Sign off…" })).toBeVisible();
  await expect(panel(page)).toContainText("1 open");
});
