import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { contentSecurityPolicy } from "./src/build/contentSecurityPolicy";

// One config for the app and its tests. Unit and component tests run in jsdom; browser tests
// (tests/e2e) build the app once and drive Debian's Chromium through Playwright.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: "./",
  worker: { format: "es" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // After the unit tests (group 0), one file at a time.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
