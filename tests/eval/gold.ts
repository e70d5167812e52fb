// The gold annotation format (documented in tests/fixtures/gold/README.md) and its loader. Pure
// types and functions, plus one Node helper that reads a folder of gold files.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EntityType, RelationType } from "../../src/model/vocabulary";

export type Split = "tune" | "unseen";

export interface Span {
  start: number;
  end: number;
}

export interface GoldMention extends Span {
  entity: string;
  type: EntityType;
  /** The surface form exactly as written, suffix included: "KAMAZın". */
  text: string;
  /** Whether the written form carries a case suffix that its base form lacks. */
  suffixed: boolean;
  /**
   * A title standing for a person ("Kırgızistan Cumhurbaşkanı", "Büyükelçisi") in the articles
   * annotated after the seed's: a predicted mention of the same person overlapping it is neither
   * right nor wrong, and missing it is no miss. Names are what mentions score; the office is
   * scored by its relation (leader_of, official_of).
   */
  optional?: boolean;
}

export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
}

/**
 * An entity a relation points to that the article names only by an adjective or demonym: "Türk
 * şirketi Alarko Holding" is a company based in Turkey, but "Türk" is not a mention of Turkey. The
 * phrase is where the article says it; it is not scored as a mention.
 */
export interface GoldImplied {
  entity: string;
  type: EntityType;
  /** The words of the article that imply it, exactly as written: "Türk şirketi". */
  phrase: string;
}

export interface GoldArticle {
  /** The article's file stem, which is also its source id in the extractor's output. */
  source: string;
  split: Split;
  sentences: Span[];
  mentions: GoldMention[];
  relations: GoldRelation[];
  /** Relation endpoints named only by an adjective or demonym (absent when there are none). */
  implied?: GoldImplied[];
}

/** The repository's root, so the paths below work from any working directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const GOLD_DIR = join(ROOT, "tests/fixtures/gold");
/** Where an article's text is looked for, in order: our own fixtures, then the shipped corpus. */
export const ARTICLE_DIRS = [join(ROOT, "tests/fixtures/articles"), join(ROOT, "data/articles")];

/** The gold files of a folder, sorted by name so runs are deterministic. */
export function loadGold(dir = GOLD_DIR): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldArticle);
}

/** The path of the article a gold file annotates, or undefined when it is in none of the folders. */
export function articlePath(source: string, dirs = ARTICLE_DIRS): string | undefined {
  for (const dir of dirs) {
    const path = join(dir, `${source}.txt`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** The article text as the offsets count it: UTF-8 decoded, nothing normalised. */
export function readArticle(source: string, dirs = ARTICLE_DIRS): string {
  const path = articlePath(source, dirs);
  if (path === undefined) {
    throw new Error(`No article text for gold "${source}" in ${dirs.join(" or ")}`);
  }
  return readFileSync(path, "utf8");
}
