// npm run bench:extract — extraction speed on the shipped gazetteer: 100 seed-size articles, and
// one article of 1 MB and of 5 MB built from the gold articles. Medians of three runs; the 5 MB
// to 1 MB ratio shows whether time grows linearly with the text (about 5 when it does).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compileGazetteer, extractArticles } from "../../src/extract/index";
import type { ArticleInput } from "../../src/extract/index";
import { ROOT } from "../eval/gold";

const gazetteer = compileGazetteer(
  JSON.parse(readFileSync(join(ROOT, "data/gazetteer.json"), "utf8")),
);
const seed = readFileSync(join(ROOT, "data/articles/000_d7abfb82a5c11602.txt"), "utf8");
const dir = join(ROOT, "tests/fixtures/articles");
const corpus = [
  seed,
  ...readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8")),
].join("\n\n");

function article(size: number): ArticleInput {
  let text = "";
  while (text.length < size) text += `${corpus}\n\n`;
  return { id: `big-${size}`, text };
}

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1];
}

const hundred = Array.from({ length: 100 }, (_, i) => ({ id: `a${i}`, text: seed }));
const one = article(1_000_000);
const five = article(5_000_000);
const tHundred = median(() => extractArticles(hundred, gazetteer));
const tOne = median(() => extractArticles([one], gazetteer));
const tFive = median(() => extractArticles([five], gazetteer));
console.log(`100 seed-size articles: ${(tHundred / 1000).toFixed(2)} s (goal < 3 s)`);
console.log(`1 MB article:           ${(tOne / 1000).toFixed(2)} s`);
console.log(`5 MB article:           ${(tFive / 1000).toFixed(2)} s (goal < 30 s)`);
console.log(`5 MB / 1 MB:            ${(tFive / tOne).toFixed(2)} (5 = linear)`);
