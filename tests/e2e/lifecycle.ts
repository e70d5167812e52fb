import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";

// What every browser test file sets up around its tests, written once.

/** One Chromium for the test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is not up yet: call the getter inside a test");
    return browser;
  };
}

/**
 * Pages handed to the returned function are closed after each test, and the test fails if any of
 * them threw. The errors are cleared first, so one failing test does not fail the ones after it.
 */
export function pageWatcher(): (page: Page) => Page {
  const pages: Page[] = [];
  let errors: string[] = [];
  afterEach(async () => {
    const seen = errors;
    errors = [];
    await Promise.all(pages.splice(0).map((p) => p.close()));
    expect(seen).toEqual([]);
  });
  return (page) => {
    pages.push(page);
    page.on("pageerror", (e) => errors.push(e.message));
    return page;
  };
}
