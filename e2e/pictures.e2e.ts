// Issue 16's pictures as an editor meets them: Picture… in the toolbar, a picture dropped on
// the story, a screenshot pasted, each a figure kept once in the library with its alt text,
// caption and credit edited in place; the review asks for alt text; export carries the
// picture.
import type { JSHandle, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { newArticle, storyBody as body, waitSaved } from "./steps.ts";

/** A real PNG drawn in the page (as a screenshot would be), in a DataTransfer as a file. */
function pictureTransfer(page: Page, name: string, colour: string): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    async ([fileName, fill]) => {
      const canvas = document.createElement("canvas");
      canvas.width = 120;
      canvas.height = 80;
      const g = canvas.getContext("2d")!;
      g.fillStyle = fill;
      g.fillRect(0, 0, 120, 80);
      const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), "image/png"));
      const data = new DataTransfer();
      data.items.add(new File([blob], fileName, { type: "image/png" }));
      return data;
    },
    [name, colour],
  );
}

const figures = (page: Page) => body(page).locator("figure");

/** The picture is drawn (decoded from the library), not a broken image. */
async function expectDrawn(page: Page, index: number) {
  const img = figures(page).nth(index).locator("img");
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(120);
}

test("a picture added with Picture… is a figure with alt text, caption and credit, reviewed and exported", async ({
  copydesk,
}) => {
  test.setTimeout(120_000); // a long walk through the app, typing key by key
  const { page, cli } = copydesk;
  await newArticle(page, "Harbour wall repaired");
  await body(page).click();
  await page.keyboard.type("The wall was repaired in a week.");
  const png = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 120;
    canvas.height = 80;
    canvas.getContext("2d")!.fillRect(0, 0, 120, 80);
    return canvas.toDataURL("image/png").split(",")[1];
  });
  await page.getByLabel("Add a picture").setInputFiles({
    name: "harbour-wall.png",
    mimeType: "image/png",
    buffer: Buffer.from(png, "base64"),
  });
  await expect(figures(page)).toHaveCount(1);
  await expectDrawn(page, 0);
  const figure = figures(page).first();
  await expect(figure.getByLabel("Alt text")).toHaveValue("harbour-wall");
  await expect(page.getByRole("status")).toContainText("A picture was added");

  // No alt text: the review says so; once described, it does not.
  await figure.getByLabel("Alt text").fill("");
  await page.getByRole("tab", { name: /Review/ }).click();
  const altFinding = page
    .getByRole("tabpanel")
    .getByRole("listitem")
    .filter({ hasText: "figure-missing-alt" });
  await expect(altFinding).toHaveCount(1);
  await figure.getByLabel("Alt text").fill("Masons resetting stones on the harbour wall");
  // Typed as an editor types, a slip mended with Backspace: the keys stay in the field.
  await figure.getByLabel("Caption").click();
  await page.keyboard.type("The repaired wall on Fridayy");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(".");
  await expect(figure.getByLabel("Caption")).toHaveValue("The repaired wall on Friday.");
  await expect(body(page)).toContainText("The wall was repaired in a week.");
  await figure.getByLabel("Credit").fill("Jane Doe/Harbour Board");
  await expect(altFinding).toHaveCount(0);
  await waitSaved(page);

  // The page saved alone carries the picture; the story keeps only its name.
  const listed = JSON.parse((await cli("list", "--json")).stdout) as { articles: { id: string }[] };
  const exported = (await cli("export", listed.articles[0].id, "--format", "html")).stdout;
  expect(exported).toMatch(
    /<img src="data:image\/png;base64,[^"]+" alt="Masons resetting stones on the harbour wall" width="120" height="80">/,
  );
  expect(exported).toContain(
    'The repaired wall on Friday. <small class="credit">Jane Doe/Harbour Board</small>',
  );
});

test("a picture dropped on the story and a screenshot pasted become figures; the same picture is kept once", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  await newArticle(page, "Storm on the coast");
  await body(page).click();
  await page.keyboard.type("Waves broke over the pier.");
  await waitSaved(page);
  const dropped = await pictureTransfer(page, "pier.png", "#36c");
  await body(page).dispatchEvent("drop", { dataTransfer: dropped });
  await expect(figures(page)).toHaveCount(1);
  await expectDrawn(page, 0);

  const pasted = await pictureTransfer(page, "image.png", "#36c"); // the same picture again
  await body(page).evaluate((el, data) => {
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  await expect(figures(page)).toHaveCount(2);
  await expectDrawn(page, 1);
  await waitSaved(page);
  const listed = JSON.parse((await cli("list", "--json")).stdout) as { articles: { id: string }[] };
  const item = JSON.parse((await cli("export", listed.articles[0].id, "--format", "ninjs")).stdout) as {
    associations: Record<string, { uri: string }>;
  };
  const uris = Object.values(item.associations).map((a) => a.uri);
  expect(uris).toHaveLength(2);
  expect(uris[0]).toBe(uris[1]); // one picture in the library, shown twice
  await figures(page).first().getByRole("button", { name: "Remove picture" }).click();
  await expect(figures(page)).toHaveCount(1);
  await expect(body(page)).toContainText("Waves broke over the pier.");
});

test("HTML pasted with a picture inside it brings the picture in as a figure; one from the web is not fetched", async ({
  copydesk,
}) => {
  const { page, cli } = copydesk;
  await newArticle(page, "Harbour at dawn");
  const png = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 120;
    canvas.height = 80;
    canvas.getContext("2d")!.fillRect(0, 0, 120, 80);
    return canvas.toDataURL("image/png");
  });
  // A copy from a document editor: words, the picture inside the copy, one from the web and a pixel.
  const html =
    `<p>Boats left at first light.</p><p><img src="${png}" alt="Boats leaving the harbour"></p>` +
    `<p><img src="https://example.com/harbour.jpg" alt="The quay"><img src="${png}" width="1" height="1"></p>`;
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith("https://example.com")) fetched.push(request.url());
  });
  await body(page).click();
  await body(page).evaluate(
    (el, [h]) => {
      const data = new DataTransfer();
      data.setData("text/html", h);
      data.setData("text/plain", "Boats left at first light.");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html],
  );
  await expect(figures(page)).toHaveCount(1);
  await expectDrawn(page, 0);
  await expect(figures(page).first().getByLabel("Alt text")).toHaveValue("Boats leaving the harbour");
  await expect(body(page)).toContainText("Boats left at first light.");
  const status = page.getByRole("status");
  await expect(status).toContainText("A picture was added");
  await expect(status).toContainText(
    "1 picture was left out, not downloaded: pictures from the web are not fetched",
  );
  await waitSaved(page);
  expect(fetched).toEqual([]);
  const listed = JSON.parse((await cli("list", "--json")).stdout) as { articles: { id: string }[] };
  const exported = (await cli("export", listed.articles[0].id, "--format", "html")).stdout;
  expect(exported).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Boats leaving the harbour"/);
  expect(exported).not.toContain("example.com");
});
