// The README's screenshot: the main window with a real story open, taken in the browser lane.
import { join } from "node:path";
import { expect, test } from "./fixtures.ts";

test("the main window, for the README", async ({ copydesk }) => {
  const { page, cli } = copydesk;
  expect((await cli("import", join(import.meta.dirname, "fixtures/press-tv-karabakh.txt"))).code).toBe(0);
  await page.reload();
  await page.getByRole("button", { name: /Azerbaijan launches military operation/ }).click();
  await expect(page.getByRole("textbox", { name: "Story body" })).toContainText(
    "Mass shelling has started here",
  );
  // Opening a story is not an edit: nothing to save, and the library order stays.
  await expect(page.getByTestId("save-state")).toHaveText("Saved");
  // Show the attribution review at work.
  await page.getByRole("tab", { name: /Review/ }).click();
  await expect(page.getByRole("tabpanel")).toContainText("unclosed");
  await page.screenshot({ path: join(import.meta.dirname, "screenshots/main-window.png") });
});
