// ESLint (flat config), run as `eslint -c .eslint.config.js .` so the top level stays as agreed.
import tseslint from "typescript-eslint";

const layering = (message, patterns) => ({
  "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ["out/**", "dist/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layering of DESIGN.md, said in words (the per-runtime tsconfigs enforce it too).
  {
    files: ["shared/**/*.ts"],
    ignores: ["shared/**/*.test.ts", "shared/**/*.test.helper.ts"],
    rules: layering("shared/ is pure TypeScript: no Node, DOM, Electron or other folders.", [
      [
        "node:*",
        "fs",
        "path",
        "electron",
        "better-sqlite3",
        "**/electron/**",
        "**/renderer/**",
        "react",
        "lexical",
      ],
    ]),
  },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    rules: layering("renderer/ talks to the library only through the client.", [
      ["node:*", "electron", "better-sqlite3", "**/electron/**"],
    ]),
  },
  {
    files: ["electron/library/**/*.ts", "electron/web/**/*.ts", "electron/cli/**/*.ts"],
    rules: layering("Only electron/main and electron/preload may import electron.", [
      ["electron", "**/renderer/**", "**/main/**"],
    ]),
  },
);
