// Issue 12 item 2 and issue 16's paste: HTML from a web page, Google Docs and Word comes in
// with its words spaced as the source showed them, its structure read, and nothing unsafe.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { newArticle, storyBody as body, waitSaved } from "./steps.ts";

/** A real paste: a ClipboardEvent carrying text/html and text/plain, on the focused editor. */
async function pasteHtml(page: Page, html: string, text: string) {
  await body(page).click();
  await body(page).evaluate(
    (el, [h, t]) => {
      const data = new DataTransfer();
      data.setData("text/html", h);
      data.setData("text/plain", t);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

const WEB_PAGE = `<html><head><style>p{color:red}</style></head><body><!--StartFragment-->
<p class="story">Readers wrote in about the <font face="Georgia" color="#333">old font</font> tag and
the <small>small print</small> under each <span style="color: rgb(20, 20, 20); font-family: Arial">styled
span</span>, <span style="font-weight: 700">loudly</span>.</p>
<script>window.pwned = 1</script>
<p><img src="https://example.com/pixel.gif" width="1" height="1"><img src="https://example.com/harbour.jpg" alt="The harbour" onerror="window.pwned = 2"></p>
<table><tr><th>Ward</th><th>Votes</th></tr><tr><td><p>North</p></td><td>1,204</td></tr></table>
<p>Read <a href="javascript:window.pwned=3">this</a> and <a href="https://example.com/plan" onclick="window.pwned=4" style="color:red">the plan</a>.</p>
<p>&nbsp;</p>
<!--EndFragment--></body></html>`;

// What Google Docs puts on the clipboard: a <b> wrapper that is not bold, weights as styles.
const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e1a2b3c-7fff-1d2e-3f40-abcdef123456"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">The council </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal;white-space:pre-wrap;">voted</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:italic;white-space:pre-wrap;"> seven to two</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;white-space:pre-wrap;"> on Monday.</span></p><br><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">Work starts in March.</span></p></b><br class="Apple-interchange-newline">`;

// What Word puts on the clipboard: mso- classes and styles, o:p tags, lists as styled paragraphs.
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0in;} --></style></head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal><span lang=EN-GB style='mso-ansi-language:EN-GB'>The ferry <b style='mso-bidi-font-weight:normal'>strike</b> ended<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Crews returned<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>On Monday<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Fares stay<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>`;

test("HTML pasted from a web page keeps its spacing, reads tables and says what was left out", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Letters");
  await pasteHtml(page, WEB_PAGE, "plain text version");
  await expect(body(page)).toContainText(
    "Readers wrote in about the old font tag and the small print under each styled span, loudly.",
  );
  await expect(body(page).locator("strong", { hasText: "loudly" })).toHaveCount(1);
  await expect(body(page).locator("p", { hasText: "Ward | Votes" })).toHaveCount(1);
  await expect(body(page).locator("p", { hasText: "North | 1,204" })).toHaveCount(1);
  await expect(page.getByRole("status")).toContainText("A table came in as paragraphs");
  await expect(page.getByRole("status")).toContainText(
    "1 picture was left out, not downloaded: pictures from the web are not fetched",
  );
  // Scripts, handlers and unsafe links never arrive; a safe link does, without its style.
  await expect(body(page).locator("a", { hasText: "the plan" })).toHaveAttribute(
    "href",
    "https://example.com/plan",
  );
  await expect(body(page).locator("a", { hasText: "this" })).toHaveCount(0);
  await expect(body(page)).toContainText("Read this and the plan.");
  await expect(body(page).locator("img, script, [style*='color']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  await expect(body(page).locator("p").filter({ hasText: /^\s*$/ })).toHaveCount(0);
  await waitSaved(page);
});

test("Google Docs and Word pastes read correctly: no false bold, real lists, no mso- markup", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Council");
  await pasteHtml(page, GOOGLE_DOCS, "The council voted seven to two on Monday.\n\nWork starts in March.");
  await expect(body(page).locator("p").first()).toHaveText("The council voted seven to two on Monday.");
  await expect(body(page).locator("strong")).toHaveText(["voted"]);
  await expect(body(page).locator("em")).toHaveText(["seven to two"]);
  await expect(body(page).locator("p", { hasText: "Work starts in March." })).toHaveCount(1);

  await page.keyboard.press("Enter");
  await pasteHtml(page, WORD, "The ferry strike ended\n·Crews returned\no On Monday\n·Fares stay");
  await expect(body(page)).toContainText("The ferry strike ended");
  const list = body(page).locator("ul").first();
  await expect(list.locator(":scope > li").first()).toHaveText("Crews returned");
  await expect(list.locator("ul li")).toHaveText(["On Monday"]);
  await expect(list).toContainText("Fares stay");
  await expect(body(page)).not.toContainText("·");
  await expect(body(page).locator("strong", { hasText: "strike" })).toHaveCount(1);
  expect(await body(page).innerHTML()).not.toMatch(/mso-|<o:p|Mso/);
  await waitSaved(page);
});

test("quote detection runs on pasted HTML", async ({ copydesk }) => {
  const { page } = copydesk;
  await newArticle(page, "Karabakh");
  await pasteHtml(
    page,
    `<p>Blasts were heard on Tuesday.</p><p><span style="font-family:Georgia">"Mass shelling has started here,"</span> Ruben Vardanyan, a former state minister, said on Telegram.</p>`,
    "",
  );
  await expect(body(page)).toContainText('"Mass shelling has started here," Ruben Vardanyan');
  await expect(page.getByRole("status")).toContainText(/quotations? found/);
});
