// Issue 19, the proof in the browser lane: two editors, each with their own Copydesk (web
// host) and library file, on one desk server the test starts. They type into the same
// paragraph and both see the merged text; one goes offline, types, comes back, and both see it;
// the desk server is killed outright and restarted, and nothing acknowledged is lost. A
// read-only token follows the story and can change none of it. A quote tag, a comment's anchor
// and a suggested edit travel with the words.
import { type Browser, type BrowserContext, chromium, type Page, test } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import {
  acknowledged,
  addEditor,
  connectEditor,
  type DeskProcess,
  startDeskProcess,
  until,
} from "../electron/desk/deskServer.test-support.ts";
import { CHROMIUM_ARGS } from "./chromium.ts";
import { expect, startWebHost } from "./fixtures.ts";
import { fillSettings, MOD, newArticle, selectWords, storyBody, waitSaved } from "./steps.ts";

test.setTimeout(240_000);

interface Desktop {
  context: BrowserContext;
  page: Page;
  stop(): void;
}

async function openDesktop(browser: Browser, dir: string, name: string): Promise<Desktop> {
  const host = await startWebHost(join(dir, `${name}.db`));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.url);
  return { context, page, stop: () => host.child.kill() };
}

/**
 * Two editors' desktops on one desk server the test starts, each its own web host and library:
 * Ana (an editor) and a second one (Ben, or a read-only reader). `scene.desk` may be replaced (a
 * restarted server); whatever runs, everything started here is stopped and removed after.
 */
interface DeskScene {
  desk: DeskProcess;
  deskDir: string;
  ana: Desktop;
  other: Desktop;
  anaToken: string;
  otherToken: string;
}

async function onOneDesk(
  other: { name: string; readOnly?: boolean },
  run: (scene: DeskScene) => Promise<void>,
): Promise<void> {
  // The desk runs in the browser lane; the Electron lane has no binary to run two desktops on here.
  test.skip(test.info().project.name !== "browser", "the desk is proven in the browser lane");
  const dir = mkdtempSync(join(tmpdir(), "copydesk-desk-"));
  const deskDir = join(dir, "desk");
  const anaToken = addEditor(deskDir, "Ana Reyes");
  const otherToken = addEditor(deskDir, other.name, other.readOnly);
  const shared = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const scene: DeskScene = {
    desk: await startDeskProcess(deskDir),
    deskDir,
    ana: await openDesktop(shared, dir, "ana"),
    other: await openDesktop(shared, dir, "other"),
    anaToken,
    otherToken,
  };
  try {
    await run(scene);
  } finally {
    await shared.close();
    scene.ana.stop();
    scene.other.stop();
    await scene.desk.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function joinDesk(page: Page, address: string, token: string) {
  await page.getByRole("button", { name: "Desk…" }).click();
  const dialog = page.getByRole("dialog", { name: "Desk" });
  await dialog.getByLabel("Desk address").fill(address);
  await dialog.getByLabel("Token").fill(token);
  await dialog.getByRole("button", { name: "Join Desk" }).click();
  await expect(page.getByRole("button", { name: "Desk…" })).toBeVisible();
}

/** Join the desk, write a story and put it on the desk. */
async function putStoryOnDesk(page: Page, address: string, token: string, headline: string, text: string) {
  await joinDesk(page, address, token);
  await newArticle(page, headline);
  await storyBody(page).click();
  await page.keyboard.type(text);
  await waitSaved(page);
  await page.getByRole("button", { name: "Put on Desk" }).click();
  await expect(page.getByText("On the desk", { exact: true })).toBeVisible();
}

/** Join the desk and open one of its stories from the desk's list. */
async function openFromDesk(page: Page, address: string, token: string, headline: string) {
  await joinDesk(page, address, token);
  await page.getByRole("button", { name: "Desk…" }).click();
  const list = page.getByRole("list", { name: "Desk stories" });
  await expect(list).toContainText(headline);
  await list
    .getByRole("listitem")
    .filter({ hasText: headline })
    .getByRole("button", { name: "Open" })
    .click();
}

const bodyText = (page: Page) => storyBody(page).evaluate((el) => el.textContent ?? "");

/** Every word in a Lexical Yjs root (paragraphs are nested XmlTexts). */
function wordsOf(root: Y.XmlText): string {
  return (root.toDelta() as { insert: unknown }[])
    .map(({ insert }) =>
      typeof insert === "string" ? insert : insert instanceof Y.XmlText ? wordsOf(insert) : "",
    )
    .join("");
}

/** What the desk server itself holds for its one story, read by a fresh provider. */
async function storyOnServer(url: string, token: string): Promise<string> {
  const index = connectEditor(url, "desk", token);
  await until(index.doc, (doc) => doc.getMap("stories").size > 0);
  const [storyId] = [...index.doc.getMap("stories").keys()];
  index.close();
  const story = connectEditor(url, `story:${storyId}`, token);
  await acknowledged(story.provider);
  const text = wordsOf(story.doc.get("root", Y.XmlText));
  story.close();
  return text;
}

test("two editors on one desk story: live merge, offline and back, a killed server", async () => {
  await onOneDesk({ name: "Ben Okafor" }, async (scene) => {
    const { ana, other: ben, anaToken, otherToken: benToken, deskDir } = scene;
    // Ana joins the desk and puts her story on it; Ben joins and opens it from the desk's list.
    await putStoryOnDesk(
      ana.page,
      scene.desk.url,
      anaToken,
      "Council passes budget",
      "The council met on Tuesday.",
    );
    await openFromDesk(ben.page, scene.desk.url, benToken, "Council passes budget");
    await expect.poll(() => bodyText(ben.page)).toBe("The council met on Tuesday.");

    // Both type into the same paragraph at once.
    await storyBody(ana.page).click();
    await ana.page.keyboard.press("End");
    await storyBody(ben.page).click();
    await ben.page.keyboard.press("Home");
    await Promise.all([ana.page.keyboard.type(" It voted 7-2."), ben.page.keyboard.type("Late: ")]);
    const merged = "Late: The council met on Tuesday. It voted 7-2.";
    await expect.poll(() => bodyText(ana.page)).toBe(merged);
    await expect.poll(() => bodyText(ben.page)).toBe(merged);

    // Ben goes offline and keeps typing; Ana does not see it until he is back.
    await ben.context.setOffline(true);
    await ben.page.keyboard.press("End");
    await ben.page.keyboard.type(" Residents objected.");
    await ana.page.waitForTimeout(1500);
    expect(await bodyText(ana.page)).toBe(merged);
    await ben.context.setOffline(false);
    const afterOffline = `${merged} Residents objected.`;
    await expect.poll(() => bodyText(ana.page), { timeout: 30_000 }).toBe(afterOffline);
    await expect.poll(() => bodyText(ben.page)).toBe(afterOffline);

    // The desk server dies (SIGKILL) and comes back on its port: nothing acknowledged is lost.
    await scene.desk.kill();
    scene.desk = await startDeskProcess(deskDir, [], scene.desk.port);
    expect(await storyOnServer(scene.desk.url, anaToken)).toBe(afterOffline);
    await ana.page.reload();
    await ana.page
      .getByRole("button", { name: /Council passes budget/ })
      .first()
      .click();
    await expect.poll(() => bodyText(ana.page), { timeout: 30_000 }).toBe(afterOffline);
    await storyBody(ana.page).click();
    await ana.page.keyboard.press("End");
    await ana.page.keyboard.type(" The mayor signed.");
    await expect
      .poll(() => bodyText(ben.page), { timeout: 30_000 })
      .toBe(`${afterOffline} The mayor signed.`);
  });
});

test("a read-only desk token reads the story as it changes and cannot type in it", async () => {
  await onOneDesk(
    { name: "Legal", readOnly: true },
    async ({ desk, ana, other: legal, anaToken, otherToken: legalToken }) => {
      await putStoryOnDesk(ana.page, desk.url, anaToken, "Harbour contract", "The contract was signed.");
      await openFromDesk(legal.page, desk.url, legalToken, "Harbour contract");
      await expect.poll(() => bodyText(legal.page)).toBe("The contract was signed.");
      await expect(legal.page.getByText(/desk token is read-only/)).toBeVisible();
      await expect(storyBody(legal.page)).toHaveAttribute("contenteditable", "false");
      await expect(legal.page.getByRole("textbox", { name: "Headline" })).toHaveAttribute("readonly", "");
      await legal.page.getByRole("textbox", { name: "Headline" }).click();
      await legal.page.keyboard.type(" (changed)");
      await expect(legal.page.getByRole("textbox", { name: "Headline" })).toHaveValue("Harbour contract");
      // Typing does nothing on this desktop, and nothing reaches the desk.
      await storyBody(legal.page).click();
      await legal.page.keyboard.type("Not ours to change. ");
      expect(await bodyText(legal.page)).toBe("The contract was signed.");

      // The writer's next words still reach the read-only reader.
      await storyBody(ana.page).click();
      await ana.page.keyboard.press("End");
      await ana.page.keyboard.type(" It runs ten years.");
      await expect.poll(() => bodyText(legal.page)).toBe("The contract was signed. It runs ten years.");
      expect(await storyOnServer(desk.url, anaToken)).toBe("The contract was signed. It runs ten years.");
    },
  );
});

/** The entries of one review rule in the open Review tab. */
const findings = (page: Page, rule: string) =>
  page
    .getByRole("tabpanel")
    .getByRole("listitem")
    .filter({ has: page.getByText(rule, { exact: true }) });

/** Ana tags a quote with a new source, comments on other words and suggests an insertion. */
async function tagCommentAndSuggest(a: Page) {
  await selectWords(a, "we will rebuild the bridge");
  await a.keyboard.press(`${MOD}+Shift+Q`);
  const picker = a.getByRole("dialog", { name: "Tag quote" });
  await picker.getByRole("combobox", { name: "Source" }).fill("Lena Park");
  await picker.getByRole("option", { name: "New source “Lena Park”" }).click();
  await expect(picker).toHaveCount(0);
  await expect(storyBody(a).locator("[data-quote-id]")).toHaveAttribute("title", "Quote: Lena Park");

  await selectWords(a, "seven to two");
  await a.keyboard.press(`${MOD}+Alt+M`);
  const draft = a.getByRole("region", { name: "New comment" });
  await draft.getByRole("textbox", { name: "Comment" }).fill("Check the count with the clerk.");
  await draft.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(draft).toBeHidden();
  await expect(storyBody(a).locator("mark")).toHaveAttribute(
    "title",
    "Comment (AR): Check the count with the clerk.",
  );

  await storyBody(a).click();
  await a.keyboard.press(`${MOD}+Shift+E`);
  await expect(a.getByRole("button", { name: "Suggesting" })).toHaveAttribute("aria-pressed", "true");
  await a.keyboard.press(`${MOD}+End`);
  await a.keyboard.type(" It was close.");
  await expect(storyBody(a).locator("ins")).toHaveText(" It was close.");
}

// What else travels with the story's words: a quote tagged with a source, a margin comment's
// anchor and a suggested edit (with who made it) reach the other editor, whose review, Changes
// list and Accept work on them. Not over the desk (yet): the source's record (name and all, in
// the library's sources table) and the thread's words (comment_threads, comments), which live in
// each desktop's own library, so Ben's hover says only "Quote" and his Comments tab is empty.
test("a tagged quote, a comment's anchor and a suggested edit reach the other editor on the desk", async () => {
  await onOneDesk(
    { name: "Ben Okafor" },
    async ({ desk, ana, other: ben, anaToken, otherToken: benToken }) => {
      const [a, b] = [ana.page, ben.page];
      await a.getByRole("button", { name: "Settings…" }).click();
      await fillSettings(a, "Ana Reyes", "AR");
      await putStoryOnDesk(
        a,
        desk.url,
        anaToken,
        "Bridge to reopen",
        'The mayor said "we will rebuild the bridge" by June. The council voted seven to two.',
      );
      await openFromDesk(b, desk.url, benToken, "Bridge to reopen");
      await expect.poll(() => bodyText(b)).toContain("seven to two.");
      // Before the tag, Ben's review flags the quotation as untagged.
      await b.getByRole("tab", { name: /Review/ }).click();
      await expect(findings(b, "untagged-quote")).toContainText("we will rebuild the bridge");

      await tagCommentAndSuggest(a);
      const anaQuote = storyBody(a).locator("[data-quote-id]");

      // Ben: the same quotation, tied to the same source, and no longer flagged as untagged.
      const benQuote = storyBody(b).locator("[data-quote-id]");
      await expect(benQuote).toHaveText("we will rebuild the bridge");
      await expect(benQuote).toHaveAttribute(
        "data-quote-id",
        (await anaQuote.getAttribute("data-quote-id"))!,
      );
      await expect(benQuote).toHaveAttribute(
        "data-source-id",
        (await anaQuote.getAttribute("data-source-id"))!,
      );
      // Tagged with a source (not "Quote: no source yet"); the name stays in Ana's library.
      await expect(benQuote).toHaveAttribute("title", "Quote");
      await expect(findings(b, "untagged-quote")).toHaveCount(0);
      // Ben's review holds Ana's suggestion back at the gate.
      await expect(findings(b, "pending-suggestion")).toContainText(
        'Ana Reyes suggested to insert "It was close."',
      );

      // The comment's words are marked in Ben's text (its thread stays in Ana's library).
      await expect(storyBody(b).locator("mark")).toHaveText("seven to two");
      await expect(storyBody(b).locator("mark")).toHaveAttribute("data-comment", "open");

      // The suggestion is in Ben's Changes list with who made it; Ben accepts it, and Ana sees it
      // become plain text.
      await expect(storyBody(b).locator("ins")).toHaveText(" It was close.");
      await b.getByRole("tab", { name: "Changes" }).click();
      const change = b.getByRole("tabpanel").getByRole("listitem").filter({ hasText: "It was close." });
      await expect(change).toContainText("Insertion by Ana Reyes");
      await change.getByRole("button", { name: "Accept" }).click();
      await expect(storyBody(a).locator("ins")).toHaveCount(0);
      await expect
        .poll(() => bodyText(a))
        .toBe(
          'The mayor said "we will rebuild the bridge" by June. The council voted seven to two. It was close.',
        );
    },
  );
});
