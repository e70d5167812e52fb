import { suffixesFor } from "../extract/suffixes";
import { APOSTROPHES, foldTr } from "../extract/text";
import { foldForSearch } from "../model";
import type { Entity } from "../model";

// Ranked entity search, pure and per document. A query meets a name in one of four ways, best
// first: the label (whole, or the start of one of its words), an alias (the same), an inflected
// form of a label or alias word whose apostrophe was lost ("minnikhanovun", "KAMAZın"), or a part
// of a word. Turkish folding makes "kazakıstan", "KAZAKİSTAN" and "Kazakistan" the same query.

export const SEARCH_TIERS = ["label", "alias", "inflected", "partial"] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

export interface SearchHit {
  entity: Entity;
  tier: SearchTier;
  /** The label or alias the query met, as written. */
  matched: string;
}

interface NameWord {
  /** Search-folded (no accents, ı -> i): what the query is compared with. */
  folded: string;
  /** Case endings that may follow this word, search-folded; computed on first use. */
  suffixes: () => ReadonlySet<string>;
}
interface SearchName {
  text: string;
  folded: string;
  words: NameWord[];
  isLabel: boolean;
}
interface SearchEntry {
  entity: Entity;
  names: SearchName[];
}

const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHES}]`, "g");
/** Stems shorter than this take no suffix: "ab" + "da" is not worth a guess. */
const MIN_STEM = 3;
/** Below this many characters only starts of names count; a single letter is in every name. */
const MIN_PARTIAL = 2;

function suffixSet(word: string): () => ReadonlySet<string> {
  let set: Set<string> | null = null;
  return () => {
    if (set) return set;
    // The extractor's suffix rules want Turkish-folded spelling (ı and ü kept) for harmony.
    const stem = foldTr(word);
    const forms = [...suffixesFor(stem).keys()];
    // "Karagandı bölgesi-nde": a word ending in a vowel may be a possessive, with the
    // pronominal n before its case ending.
    if (/[aeıioöuü]$/.test(stem)) forms.push(...suffixesFor(stem, true).keys());
    set = new Set(forms.map(foldForSearch).filter(Boolean));
    return set;
  };
}

function toName(text: string, isLabel: boolean): SearchName {
  const words = text
    .split(WORD_SPLIT)
    .filter(Boolean)
    .map((w) => ({ folded: foldForSearch(w), suffixes: suffixSet(w) }));
  return { text, folded: words.map((w) => w.folded).join(" "), words, isLabel };
}

const entriesByList = new WeakMap<readonly Entity[], SearchEntry[]>();

/** Names folded once per document, not per keystroke. */
function entriesFor(entities: readonly Entity[]): SearchEntry[] {
  let entries = entriesByList.get(entities);
  if (!entries) {
    entries = entities.map((entity) => {
      const seen = new Set<string>();
      const names: SearchName[] = [];
      for (const [text, isLabel] of [
        [entity.label, true] as const,
        ...entity.aliases.map((a) => [a, false] as const),
      ]) {
        const name = toName(text, isLabel);
        if (!seen.has(name.folded)) {
          seen.add(name.folded);
          names.push(name);
        }
      }
      return { entity, names };
    });
    entriesByList.set(entities, entries);
  }
  return entries;
}

/** Folds a query as names are folded; apostrophes go, since the articles lose them too. */
export function foldQuery(query: string): string {
  return foldForSearch(query.replace(APOSTROPHE_RE, ""))
    .split(WORD_SPLIT)
    .filter(Boolean)
    .join(" ");
}

/** Whether `rest` is a case ending of the word, or the start of one (the user is still typing). */
function isSuffixOrStart(rest: string, word: NameWord): boolean {
  const set = word.suffixes();
  if (set.has(rest)) return true;
  for (const s of set) if (s.startsWith(rest)) return true;
  return false;
}

/**
 * The query as "the name up to some word, then a case ending on that word": 2 when that word ends
 * the name (the whole name, inflected), 1 for a word inside it, 0 when it is no such form.
 */
function inflection(q: string, name: SearchName): 0 | 1 | 2 {
  let head = "";
  for (let i = 0; i < name.words.length; i++) {
    const word = name.words[i];
    // The name from its start up to this word, and this word alone.
    head = i === 0 ? word.folded : `${head} ${word.folded}`;
    for (const stem of i === 0 ? [head] : [head, word.folded]) {
      if (word.folded.length < MIN_STEM || q.length <= stem.length || !q.startsWith(stem)) {
        continue;
      }
      if (isSuffixOrStart(q.slice(stem.length), word)) {
        return stem === head && i === name.words.length - 1 ? 2 : 1;
      }
    }
  }
  return 0;
}

/**
 * Rank within a tier: the whole name (0), an inflected whole name (0.5, given by the caller), the
 * start of the name (1), the start of one of its words (2); -1 when the query starts none.
 */
function startRank(q: string, name: SearchName): number {
  if (name.folded === q) return 0;
  if (name.folded.startsWith(q)) return 1;
  if (name.words.some((w) => w.folded.startsWith(q))) return 2;
  // "rustam minn": the query runs over several words from one word's start.
  for (let i = 1; i < name.words.length; i++) {
    if (
      name.words
        .slice(i)
        .map((w) => w.folded)
        .join(" ")
        .startsWith(q)
    )
      return 2;
  }
  return -1;
}

const collator = new Intl.Collator("tr", { sensitivity: "base" });

/**
 * Entities whose names meet the query, best first: label, then alias, then an inflected form,
 * then a partial match; within a tier, whole names before starts, then shorter labels, then A-Z.
 * `among`, when given, limits the search (to the entities shown, for example).
 */
export function searchEntities(
  entities: readonly Entity[],
  query: string,
  among?: (e: Entity) => boolean,
): SearchHit[] {
  const q = foldQuery(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const { entity, names } of entriesFor(entities)) {
    if (among && !among(entity)) continue;
    let best: { hit: SearchHit; score: number } | null = null;
    const consider = (tier: SearchTier, rank: number, name: SearchName) => {
      const score = SEARCH_TIERS.indexOf(tier) * 10 + rank;
      if (!best || score < best.score) best = { hit: { entity, tier, matched: name.text }, score };
    };
    for (const name of names) {
      const own = name.isLabel ? "label" : "alias";
      const rank = startRank(q, name);
      if (rank >= 0) {
        consider(own, rank, name);
        continue;
      }
      if (q.length < MIN_PARTIAL) continue;
      const inflected = inflection(q, name);
      // A whole name with a case ending is as good as the name: "Tatarstanda" is Tatarstan.
      if (inflected === 2) consider(own, 0.5, name);
      else if (inflected === 1) consider("inflected", 0, name);
      else if (name.folded.includes(q)) consider("partial", 0, name);
    }
    if (best) scored.push(best);
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.hit.entity.label.length - b.hit.entity.label.length ||
      collator.compare(a.hit.entity.label, b.hit.entity.label),
  );
  return scored.map((s) => s.hit);
}
