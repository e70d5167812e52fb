// npm run extract -- [--gazetteer FILE] [--curation FILE|--no-curation] [--out FILE]
//                    [--suggestions FILE] [--title TEXT] [--check] [ARTICLE...]
// Regenerates data/graph.json from data/articles/ by default.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseDocument, problemToString } from "../model";
import { extractArticles } from "./index";
import type { Curation } from "./curation";
import type { ArticleInput } from "./extract";
import { collectArticleFiles, InputError, loadCuration, loadGazetteer, readArticle } from "./node";

export const DEFAULTS = {
  articles: "data/articles",
  gazetteer: "data/gazetteer.json",
  curation: "data/curation.json",
  out: "data/graph.json",
};

const USAGE = `usage: npm run extract -- [options] [ARTICLE...]
  ARTICLE              article files (.txt, UTF-8) or folders of them (default: ${DEFAULTS.articles})
  --gazetteer FILE     known entities and titles (default: ${DEFAULTS.gazetteer}); give it
                       again to add a workspace's additions: --gazetteer ${DEFAULTS.gazetteer} --gazetteer additions.json
  --curation FILE      human corrections applied after extraction (default: ${DEFAULTS.curation})
  --no-curation        extract without corrections
  --out FILE           where to write the graph (default: ${DEFAULTS.out})
  --suggestions FILE   where to write unknown-name suggestions (default: a file in the temp folder)
  --title TEXT         title of the graph document
  --check              write nothing; fail if --out differs from what extraction gives now`;

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Options {
  gazetteer: string[];
  curation: string | null;
  out: string;
  suggestions?: string;
  title?: string;
  check: boolean;
  articles: string[];
}

function parseArgs(args: string[]): Options | string {
  const o: Options = {
    gazetteer: [],
    curation: DEFAULTS.curation,
    out: DEFAULTS.out,
    check: false,
    articles: [],
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new InputError(`${a} needs a value`);
      return v;
    };
    try {
      if (a === "--gazetteer") o.gazetteer.push(value());
      else if (a === "--curation") o.curation = value();
      else if (a === "--no-curation") o.curation = null;
      else if (a === "--out") o.out = value();
      else if (a === "--suggestions") o.suggestions = value();
      else if (a === "--title") o.title = value();
      else if (a === "--check") o.check = true;
      else if (a === "--help" || a === "-h") return USAGE;
      else if (a.startsWith("--")) return `unknown option ${a}\n${USAGE}`;
      else o.articles.push(a);
    } catch (err) {
      return `${(err as Error).message}\n${USAGE}`;
    }
  }
  if (!o.articles.length) o.articles = [DEFAULTS.articles];
  if (!o.gazetteer.length) o.gazetteer = [DEFAULTS.gazetteer];
  return o;
}

/** Runs the command line; returns the exit code (0 done, 1 problems or stale, 2 usage). */
export function main(args: string[], io: CliIO = { out: console.log, err: console.error }): number {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    (parsed === USAGE ? io.out : io.err)(parsed);
    return parsed === USAGE ? 0 : 2;
  }
  const o = parsed;
  const started = Date.now();
  let exit = 0;
  try {
    const gazetteer = loadGazetteer(o.gazetteer);
    let curation: Curation | undefined;
    if (o.curation !== null) {
      // The default curation file is optional; one named on the command line is not.
      if (o.curation !== DEFAULTS.curation || existsSync(o.curation))
        curation = loadCuration(o.curation);
    }
    const { files, problems } = collectArticleFiles(o.articles);
    const articles: ArticleInput[] = [];
    for (const f of files) {
      const r = readArticle(f);
      if (r.ok) articles.push(r.article);
      else problems.push(`${r.message}; skipped`);
    }
    for (const p of problems) io.err(`extract: ${p}`);
    if (problems.length) exit = 1;
    if (!articles.length) {
      io.err("extract: no readable articles; nothing to do");
      return 1;
    }
    const result = extractArticles(articles, gazetteer, { curation, title: o.title });
    for (const w of result.warnings) io.err(`extract: ${w}`);
    const check = parseDocument(JSON.parse(JSON.stringify(result.document)));
    if (!check.ok) {
      for (const p of check.problems) io.err(`extract: invalid output: ${problemToString(p)}`);
      return 1;
    }
    const doc = result.document;
    const typed = doc.relations.filter((r) => r.type !== "co_occurs").length;
    const summary = `${articles.length} article(s): ${doc.entities.length} entities, ${typed} typed relations, ${doc.relations.length - typed} co-occurrences (${Date.now() - started} ms)`;
    const json = JSON.stringify(doc, null, 2) + "\n";
    if (o.check) {
      let current: unknown;
      try {
        current = JSON.parse(readFileSync(o.out, "utf8"));
      } catch {
        current = undefined;
      }
      if (!isDeepStrictEqual(current, JSON.parse(json))) {
        io.err(`extract: ${o.out} is stale: run npm run extract to regenerate it`);
        return 1;
      }
      io.out(`${o.out} is up to date; ${summary}`);
    } else {
      writeFileSync(o.out, json);
      io.out(`wrote ${o.out}: ${summary}`);
    }
    const suggestionsFile = o.suggestions ?? join(tmpdir(), "relgraph-suggestions.json");
    writeFileSync(suggestionsFile, JSON.stringify(result.suggestions, null, 2) + "\n");
    io.out(
      `${result.suggestions.length} suggestion(s) for unknown names written to ${suggestionsFile}`,
    );
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`extract: ${err.message}`);
      return 1;
    }
    throw err;
  }
  return exit;
}

if (/cli\.ts$/u.test(process.argv[1] ?? "")) {
  // Piped into `head`, stdout may close early; that is not an error of the extraction.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
  });
  process.exitCode = main(process.argv.slice(2));
}
