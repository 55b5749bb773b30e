// Stories brought in whole: a file dropped on the window, and a folder of them chosen with
// Import folder… (its pictures and hidden files left out), as an editor would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures.ts";

test("a story file dropped on the window is imported", async ({ copydesk }) => {
  const { page } = copydesk;
  const story = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    const text = "Ferry strike ends\n\nBy Ana Ruiz\n\nCrews returned to work on Monday.\n";
    data.items.add(new File([text], "ferry.txt", { type: "text/plain" }));
    return data;
  });
  await page.getByRole("list", { name: "Articles" }).dispatchEvent("drop", { dataTransfer: story });
  await expect(page.getByRole("textbox", { name: "Headline" })).toHaveValue("Ferry strike ends");
  await expect(page.getByRole("list", { name: "Articles" }).getByRole("listitem")).toHaveCount(1);
});

test("Import folder… imports the story files in a folder and its subfolders", async ({ copydesk }) => {
  const { page } = copydesk;
  const folder = mkdtempSync(join(tmpdir(), "copydesk-desk-folder-"));
  try {
    mkdirSync(join(folder, "monday"));
    writeFileSync(join(folder, "ferry.txt"), "Ferry strike ends\n\nCrews returned on Monday.\n");
    writeFileSync(
      join(folder, "monday", "storm.md"),
      "# Storm closes the coast road\n\nWaves breached the wall.\n",
    );
    writeFileSync(join(folder, "monday", "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await page.getByLabel("Import a folder").setInputFiles(folder);
    const articles = page.getByRole("list", { name: "Articles" });
    await expect(articles.getByRole("listitem")).toHaveCount(2);
    await expect(articles).toContainText("Ferry strike ends");
    await expect(articles).toContainText("Storm closes the coast road");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
