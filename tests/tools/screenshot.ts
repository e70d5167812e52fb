// Takes a screenshot of the built app in headless Chromium: `npx tsx tests/tools/screenshot.ts
// OUT.png [query] [--click=Label] [--width=px]`. Used for the README image and for looking at changes.
import { buildAndServe } from "../e2e/server";
import { launchChromium } from "../e2e/browser";

const [out = "docs/screenshot.png", query = ""] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith("--"));
const click = process.argv.find((a) => a.startsWith("--click="))?.slice(8);
const width = Number(process.argv.find((a) => a.startsWith("--width="))?.slice(8) ?? 1440);
const server = await buildAndServe();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height: 860 } });
  page.on("console", (m) => m.type() === "error" && console.error("page:", m.text()));
  await page.goto(server.url + query);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.waitForTimeout(800);
  if (click) {
    await page.getByRole("listbox").getByText(click, { exact: true }).click();
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
