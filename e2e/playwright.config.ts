// Two lanes, same specs: Debian's Chromium against the loopback web host, and the
// Electron app itself (skipped, with the reason, where no Electron binary exists).
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.e2e.ts",
  outputDir: "../test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1400, height: 900 },
  },
  projects: [
    { name: "browser" }, // The README's screenshot comes from the browser lane only.
    { name: "electron", testIgnore: "**/screenshot.e2e.ts" },
  ],
});
