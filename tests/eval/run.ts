// npm run eval [-- --curation [FILE]] [--gazetteer FILE] [--list N] [--json | --markdown] [SOURCE...]
//
// Runs the extractor on every gold article alone (tests/fixtures/gold), scores it and prints one
// table per split (tune, unseen) and overall, then the misses and false positives of each article.
// It is a report: low scores still exit 0; only errors (a missing file, a crash) exit non-zero.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT, loadGold, readArticle } from "./gold";
import { coverage, scoreArticle, total } from "./score";
import type { ArticleScoreWithCoverage } from "./score";
import { formatMarkdown, formatReport } from "./report";
import { compileGazetteer, extractArticles, parseCuration } from "../../src/extract/index";
import type { ExtractionResult } from "../../src/extract/index";

interface Options {
  gazetteer: string;
  curation?: string;
  list: number;
  json: boolean;
  markdown: boolean;
  sources: string[];
}

const USAGE =
  "usage: npm run eval -- [--curation [FILE]] [--gazetteer FILE] [--list N] [--json | --markdown] [SOURCE...]";

function parseArgs(argv: string[]): Options {
  const options: Options = {
    gazetteer: join(ROOT, "data/gazetteer.json"),
    list: 15,
    json: false,
    markdown: false,
    sources: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === "--curation") {
      const explicit = next !== undefined && !next.startsWith("--") && next.endsWith(".json");
      options.curation = explicit ? next : join(ROOT, "data/curation.json");
      if (explicit) i++;
    } else if (arg === "--gazetteer" && next !== undefined) {
      options.gazetteer = next;
      i++;
    } else if (arg === "--list" && next !== undefined && /^\d+$/.test(next)) {
      options.list = Number(next);
      i++;
    } else if (arg === "--json") {
      options.json = true;
    } else if (arg === "--markdown") {
      options.markdown = true;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    } else {
      options.sources.push(arg);
    }
  }
  return options;
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new Error(`${what} not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${what} is not valid JSON: ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The ids the gazetteer file lists, countries and hand-written entities alike. */
function knownIds(file: unknown): Set<string> {
  const { countries = [], entities = [] } = file as {
    countries?: { id: string }[];
    entities?: { id: string }[];
  };
  return new Set([...countries, ...entities].map((e) => e.id));
}

function titleOf(text: string, fallback: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "");
  return line?.trim().slice(0, 120) || fallback;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const gazetteerFile = readJson(options.gazetteer, "gazetteer");
  const gazetteer = compileGazetteer(gazetteerFile);
  const known = knownIds(gazetteerFile);
  const curation = options.curation
    ? parseCuration(readJson(options.curation, "curation file"))
    : undefined;

  let golds = loadGold();
  if (options.sources.length > 0) {
    const unknown = options.sources.filter((s) => !golds.some((g) => g.source === s));
    if (unknown.length > 0) throw new Error(`no gold for ${unknown.join(", ")}`);
    golds = golds.filter((g) => options.sources.includes(g.source));
  }

  const scores: ArticleScoreWithCoverage[] = [];
  const texts: Record<string, string> = {};
  for (const gold of golds) {
    const text = readArticle(gold.source);
    texts[gold.source] = text;
    const article = { id: gold.source, text, title: titleOf(text, gold.source), language: "tr" };
    const result: ExtractionResult = extractArticles([article], gazetteer, { curation });
    scores.push({
      ...scoreArticle(gold, result),
      coverage: coverage(gold, result, known, result.suggestions),
    });
  }

  if (options.json) {
    const bySplit = (split: string) => total(scores.filter((s) => s.split === split));
    const summary = {
      curation: options.curation ?? null,
      tune: bySplit("tune"),
      unseen: bySplit("unseen"),
      overall: total(scores),
      articles: scores,
    };
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  if (options.markdown) {
    console.log(formatMarkdown(scores));
    return;
  }
  const shown = (path: string) => {
    const inside = relative(ROOT, path);
    return inside && !inside.startsWith("..") ? inside : path;
  };
  const subtitle = `gazetteer: ${shown(options.gazetteer)}; curation: ${options.curation ? shown(options.curation) : "none"}`;
  process.stdout.write(formatReport(scores, { texts, maxListed: options.list, subtitle }));
}

try {
  main();
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
