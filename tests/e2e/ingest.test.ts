import { describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { KARAVAN_TEXT } from "../helpers/karavan";
import { sharedBrowser } from "./lifecycle";

// A journalist's own article, in a real browser: pasted, extracted in the worker, a name accepted
// as a company, kept across a reload, and the decision undone. The text was written for this
// test; none of its names (Karavan Holding, Selim Dökmeci) is in the gazetteer.

const ARTICLE = KARAVAN_TEXT;

const browser = sharedBrowser();

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.getByText("Saved in this browser").waitFor();
  return page;
}

const hasNode = (page: Page, id: string) =>
  page.evaluate((i) => window.__cy!.getElementById(i).nonempty(), id);

describe("a person's own article, start to finish", () => {
  it("paste, extract, accept a name as a company, reload, undo", async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await open(context);
    const tokayevBefore = await page.evaluate(() =>
      window.__cy!.getElementById("tokayev").position(),
    );

    await page.getByRole("button", { name: "Add articles" }).click();
    await page.getByRole("textbox", { name: "Article text" }).fill(ARTICLE);
    await page.getByRole("textbox", { name: "Title" }).fill("Karavan opens a plant in Almaty");
    await page.getByRole("button", { name: "Extract" }).click();

    const suggestions = page.getByRole("region", { name: "Suggestions" });
    const item = suggestions.getByRole("listitem", { name: "Karavan Holding", exact: true });
    await item.waitFor();
    // The graph grew in place: Tokayev stayed where he was.
    expect(await page.evaluate(() => window.__cy!.getElementById("tokayev").position())).toEqual(
      tokayevBefore,
    );

    await item.getByRole("button", { name: "Accept" }).click();
    await item.getByRole("combobox", { name: "Type" }).selectOption("company");
    await item.getByRole("button", { name: "Accept" }).click();
    await expect.poll(() => hasNode(page, "karavan-holding")).toBe(true);
    expect(
      await page.evaluate(() => window.__cy!.getElementById("karavan-holding").data("type")),
    ).toBe("company");

    // Its evidence: the sentence of the new article, in the details panel.
    // Braces: nothing comes back, so Playwright does not serialise the whole graph.
    await page.evaluate(() => {
      window.__cy!.getElementById("karavan-holding").emit("tap");
    });
    const details = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => details.innerText()).toContain("Almatı'da yeni bir fabrika açtı");

    // Kept in this browser: a reload shows it again.
    await page.getByText("Saved in this browser").waitFor();
    await page.reload();
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
    await expect.poll(() => hasNode(page, "karavan-holding")).toBe(true);

    // And the decision can be undone.
    await page.getByRole("button", { name: /^Undo accept Karavan Holding/ }).click();
    await expect.poll(() => hasNode(page, "karavan-holding")).toBe(false);
    await context.close();
  });
});
