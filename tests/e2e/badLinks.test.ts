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

describe("a linked graph whose ids are names JavaScript objects carry", () => {
  it("draws constructor, toString, __proto__ and hasOwnProperty where the file puts them", async () => {
    const ids = ["constructor", "toString", "__proto__", "hasOwnProperty"];
    const entities = ids.map((id, i) => ({ id, type: "person", label: `Person ${i + 1}` }));
    // Written as text: an object literal would turn "__proto__" into a prototype, not a key.
    const positions = ids.map((id, i) => `"${id}": {"x": ${i * 150}, "y": ${i * 40}}`).join(", ");
    const body =
      `{"format": "relgraph", "version": 1, "title": "Tricky ids", ` +
      `"entities": ${JSON.stringify(entities)}, "positions": {${positions}}}`;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/tricky.json", (route) =>
      route.fulfill({ body, contentType: "application/json" }),
    );
    await page.goto(inject("baseUrl") + "?data=tricky.json");
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) === 4);
    const drawn = await page.evaluate(
      (list) => list.map((id) => window.__cy!.getElementById(id).position()),
      ids,
    );
    expect(drawn).toEqual(ids.map((_, i) => ({ x: i * 150, y: i * 40 })));
    expect(errors).toEqual([]);
    await page.close();
  });
});
