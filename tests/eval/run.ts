// npm run eval [-- --curation [FILE]] [--gazetteer FILE] [--names FILE | --no-names] [--disable RULE,...] [--list N]
//                  [--json | --markdown] [--unseen-details] [SOURCE...]
//
// Runs the extractor on every gold article alone (tests/fixtures/gold), with the shipped gazetteer
// plus the spellings of the articles' own entities (tests/fixtures/gazetteer-articles.json: names
// only, no roles, no facts), scores it and prints one table per split (tune, unseen) and overall,
// recall per relation type, then the misses and false positives of each article. It also runs
// each article with the shipped gazetteer alone and scores the suggestions for the names it does
// not know (right base form, right type), and scores the seed without its six listed projects.
// The unseen split is shown as totals only: no article rows, relation types, rules, suggestion
// misses or errors, so that whoever writes rules never learns what it misses (`--unseen-details`
// shows them, for whoever curates the gold; an unseen article read that way is no longer unseen).
// It is a report: low scores still exit 0; only errors (a missing file, a crash) exit non-zero.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT, loadGold, readArticle } from "./gold";
import { coverage, scoreArticle, scoreRules, scoreSuggestions, total } from "./score";
import type { ArticleScore, ArticleScoreWithCoverage, KnownName, SuggestionScore } from "./score";
import type { EntityType } from "../../src/model/vocabulary";
import { formatMarkdown, formatReport } from "./report";
import type { RuleRow } from "./report";
import {
  RULE_NAMES,
  compileGazetteer,
  extractArticles,
  parseCuration,
} from "../../src/extract/index";
import type { ExtractionResult } from "../../src/extract/index";

interface Options {
  gazetteer: string;
  /** Spellings of the gold articles' own entities, added to the gazetteer ("names known"). */
  names?: string;
  curation?: string;
  list: number;
  json: boolean;
  markdown: boolean;
  sources: string[];
  disable: string[];
  /** Show the unseen split's articles, types, rules and errors (curators only). */
  unseenDetails: boolean;
}

const USAGE =
  "usage: npm run eval -- [--curation [FILE]] [--gazetteer FILE] [--names FILE | --no-names] [--disable RULE,...] [--list N] [--json | --markdown] [--unseen-details] [SOURCE...]";

/** The seed's project entries: that article's own phrases as aliases, curation rather than extraction. */
const SEED_LISTED_PROJECTS = [
  "saran-tyre-factory",
  "kazakh-students-in-tatarstan",
  "tatarstan-culture-days",
  "tukai-street",
  "kazakhstan-tatarstan-cooperation",
  "joint-anti-pandemic-effort",
];
const SEED = "000_d7abfb82a5c11602";

function parseArgs(argv: string[]): Options {
  const options: Options = {
    gazetteer: join(ROOT, "data/gazetteer.json"),
    names: join(ROOT, "tests/fixtures/gazetteer-articles.json"),
    list: 15,
    json: false,
    markdown: false,
    sources: [],
    disable: [],
    unseenDetails: false,
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
    } else if (arg === "--names" && next !== undefined) {
      options.names = next;
      i++;
    } else if (arg === "--disable" && next !== undefined) {
      options.disable.push(...next.split(","));
      i++;
    } else if (arg === "--no-names") {
      options.names = undefined;
    } else if (arg === "--list" && next !== undefined && /^\d+$/.test(next)) {
      options.list = Number(next);
      i++;
    } else if (arg === "--json") {
      options.json = true;
    } else if (arg === "--markdown") {
      options.markdown = true;
    } else if (arg === "--unseen-details") {
      options.unseenDetails = true;
    } else if (arg === "--unseen-totals") {
      // Totals only is the default now; the flag is kept so that scripts using it still work.
      options.unseenDetails = false;
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

interface GazetteerJson {
  countries?: { id: string }[];
  entities?: { id: string; type: EntityType; label: string; aliases?: string[] }[];
  [key: string]: unknown;
}

/** The ids the gazetteer file lists, countries and hand-written entities alike. */
function knownIds(file: GazetteerJson): Set<string> {
  return new Set([...(file.countries ?? []), ...(file.entities ?? [])].map((e) => e.id));
}

/**
 * The shipped gazetteer plus the articles' own names: entries only, no roles, no facts. An entry
 * whose id the shipped gazetteer already has (a country written "Çekya" or "BAE") adds its
 * spellings to it, as a user's merged suggestion does (compileGazetteer joins entries by id).
 */
function withNames(shipped: GazetteerJson, names: GazetteerJson | undefined): GazetteerJson {
  if (!names) return shipped;
  const extra = (names.entities ?? []).map(({ id, type, label, aliases }) => ({
    id,
    type,
    label,
    aliases: aliases ?? [],
  }));
  return { ...shipped, entities: [...(shipped.entities ?? []), ...extra] };
}

function titleOf(text: string, fallback: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "");
  return line?.trim().slice(0, 120) || fallback;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const shippedFile = readJson(options.gazetteer, "gazetteer") as GazetteerJson;
  const namesFile = options.names
    ? (readJson(options.names, "names file") as GazetteerJson)
    : undefined;
  const mergedFile = withNames(shippedFile, namesFile);
  const gazetteer = compileGazetteer(mergedFile);
  const shippedOnly = compileGazetteer(shippedFile);
  const known = knownIds(mergedFile);
  const shippedIds = knownIds(shippedFile);
  const names = new Map<string, KnownName>();
  for (const e of mergedFile.entities ?? [])
    names.set(e.id, { type: e.type, names: [e.label, ...(e.aliases ?? [])] });
  const curation = options.curation
    ? parseCuration(readJson(options.curation, "curation file"))
    : undefined;

  let golds = loadGold();
  const unknownRules = options.disable.filter((r) => !RULE_NAMES.includes(r));
  if (unknownRules.length > 0)
    throw new Error(`no rule named ${unknownRules.join(", ")}; rules: ${RULE_NAMES.join(", ")}`);
  if (options.sources.length > 0) {
    const unknown = options.sources.filter((s) => !golds.some((g) => g.source === s));
    if (unknown.length > 0) throw new Error(`no gold for ${unknown.join(", ")}`);
    golds = golds.filter((g) => options.sources.includes(g.source));
  }

  const scores: ArticleScoreWithCoverage[] = [];
  const suggestionScores: { source: string; split: string; score: SuggestionScore }[] = [];
  const ruleScores: RuleRow[] = [];
  const texts: Record<string, string> = {};
  for (const gold of golds) {
    const text = readArticle(gold.source);
    texts[gold.source] = text;
    const article = { id: gold.source, text, title: titleOf(text, gold.source), language: "tr" };
    const result: ExtractionResult = extractArticles([article], gazetteer, {
      curation,
      trace: true,
      disableRules: options.disable,
    });
    ruleScores.push({ split: gold.split, counts: scoreRules(gold, result.ruleHits ?? []) });
    scores.push({
      ...scoreArticle(gold, result),
      coverage: coverage(gold, result, known, result.suggestions),
    });
    const alone = extractArticles([article], shippedOnly);
    suggestionScores.push({
      source: gold.source,
      split: gold.split,
      score: scoreSuggestions(gold, alone.suggestions, shippedIds, names),
    });
  }

  // The seed without its six listed projects: neither in the gazetteer nor in the gold.
  let seedAlone: ArticleScore | undefined;
  const seedGold = golds.find((g) => g.source === SEED);
  if (seedGold) {
    const drop = new Set(SEED_LISTED_PROJECTS);
    const reduced = compileGazetteer({
      ...mergedFile,
      entities: (mergedFile.entities ?? []).filter((e) => !drop.has(e.id)),
    });
    const gold = {
      ...seedGold,
      mentions: seedGold.mentions.filter((m) => !drop.has(m.entity)),
      relations: seedGold.relations.filter((r) => !drop.has(r.source) && !drop.has(r.target)),
    };
    const article = { id: SEED, text: texts[SEED], language: "tr" };
    seedAlone = {
      ...scoreArticle(gold, extractArticles([article], reduced, { curation })),
      source: `${SEED} without its listed projects`,
    };
  }

  const blind = options.unseenDetails ? [] : ["unseen"];
  const shown = <T extends { split: string }>(rows: T[]) =>
    rows.filter((r) => !blind.includes(r.split));
  if (options.json) {
    const bySplit = (split: string) => total(scores.filter((s) => s.split === split));
    const suggestionTotal = (split: string) => {
      const rows = suggestionScores.filter((r) => r.split === split);
      const sum = (pick: (s: SuggestionScore) => number) =>
        rows.reduce((n, r) => n + pick(r.score), 0);
      return {
        unknown: sum((s) => s.unknown),
        rightBase: sum((s) => s.rightBase),
        rightType: sum((s) => s.rightType),
      };
    };
    const summary = {
      curation: options.curation ?? null,
      names: options.names ?? null,
      tune: bySplit("tune"),
      unseen: bySplit("unseen"),
      overall: total(scores),
      seedWithoutListedProjects: seedAlone ?? null,
      suggestionTotals: { tune: suggestionTotal("tune"), unseen: suggestionTotal("unseen") },
      suggestions: shown(suggestionScores),
      rules: shown(ruleScores).map((r) => ({
        split: r.split,
        counts: Object.fromEntries(r.counts),
      })),
      articles: shown(scores),
      hidden: blind,
    };
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  if (options.markdown) {
    console.log(
      formatMarkdown(scores, {
        seedAlone,
        suggestions: suggestionScores,
        rules: ruleScores,
        blind,
      }),
    );
    return;
  }
  const shownPath = (path: string) => {
    const inside = relative(ROOT, path);
    return inside && !inside.startsWith("..") ? inside : path;
  };
  const subtitle =
    `gazetteer: ${shownPath(options.gazetteer)}` +
    `${options.names ? ` + names of ${shownPath(options.names)}` : ""}; ` +
    `curation: ${options.curation ? shownPath(options.curation) : "none"}`;
  process.stdout.write(
    formatReport(scores, {
      texts,
      maxListed: options.list,
      subtitle,
      seedAlone,
      suggestions: suggestionScores,
      rules: ruleScores,
      blind,
    }),
  );
}

try {
  main();
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
