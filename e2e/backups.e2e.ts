// Backups… in the app: back up now, write more, restore the backup, and find the library
// as the backup held it, with the replaced one kept as a backup of its own.
import { expect, test } from "./fixtures.ts";
import { newArticle, waitSaved } from "./steps.ts";

test("Backups… backs up and restores what the backup held, keeping the replaced library", async ({
  copydesk,
}) => {
  const { page } = copydesk;
  await newArticle(page, "Held by the backup");
  await waitSaved(page);

  await page.getByRole("button", { name: "Backups…" }).click();
  const dialog = page.getByRole("dialog", { name: "Backups" });
  await dialog.getByRole("button", { name: "Back Up Now" }).click();
  await expect(dialog.getByRole("status")).toContainText("Backed up to");
  await expect(dialog.getByRole("list", { name: "Backups" }).getByRole("listitem")).toHaveCount(1);
  await dialog.getByRole("button", { name: "Close" }).click();

  await newArticle(page, "Written after the backup");
  await waitSaved(page);

  await page.getByRole("button", { name: "Backups…" }).click();
  page.once("dialog", (confirm) => void confirm.accept());
  await dialog.getByRole("listitem").getByRole("button", { name: "Restore" }).click();
  // The app reloads on the restored library.
  await expect(page.getByText("Held by the backup").first()).toBeVisible();
  await expect(page.getByText("Written after the backup")).toHaveCount(0);

  await page.getByRole("button", { name: "Backups…" }).click();
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await expect(dialog.getByRole("listitem").first()).toContainText("before-restore");
});
