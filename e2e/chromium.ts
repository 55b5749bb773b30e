// Debian's Chromium, started the way this closed network needs: no sandbox (CI runs
// as root), no GPU, and no background calls home.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
