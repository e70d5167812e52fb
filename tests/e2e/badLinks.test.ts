import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";

// Someone follows a shared link whose ?data= file is gone. The app as built, in real Chromium.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("a link to a graph file that is not there", () => {
  it("says there is no file at that address, and the shipped graph opens from the message", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(inject("baseUrl") + "?data=missing.json");

    const alert = page.getByRole("alert");
    await expect.poll(() => alert.innerText()).toMatch(/missing\.json could not be opened/);
    const text = await alert.innerText();
    expect(text).toContain("HTTP 404");
    expect(text).toContain("there is no file at this address");
    expect(text).not.toMatch(/not valid JSON/);
    expect(await page.evaluate(() => window.__cy?.nodes().length ?? 0)).toBe(0);

    await alert.getByRole("button", { name: "Open the shipped graph" }).click();
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 10);
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);
    // The failing address leaves the address bar, so a reload opens the graph again.
    expect(new URL(page.url()).searchParams.has("data")).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
