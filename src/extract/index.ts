// The extractor's public API: Turkish news text in, a Relgraph document out, every mention and
// relation pointing back at its sentence. Pure TypeScript; runs in Node and in the browser.
import type { GraphDocument, RelationType } from "../model";
import { applyCuration } from "./curation";
import type { Curation } from "./curation";
import { analyseArticle, buildDocument } from "./extract";
import type { ArticleInput } from "./extract";
import type { Gazetteer } from "./gazetteer";
import { DISCOURSE_NAMES } from "./discourse";
import { RULE_NAMES as SENTENCE_RULE_NAMES } from "./rules";
import type { SentenceSpan } from "./sentences";
import type { Suggestion } from "./suggest";

export type { ArticleInput } from "./extract";
export { relationId } from "./extract";
export { RULES } from "./rules";
/** Every rule and discourse mechanism that can be switched off by name. */
export const RULE_NAMES: readonly string[] = [...SENTENCE_RULE_NAMES, ...DISCOURSE_NAMES];
export type { Rule } from "./rules";
export { splitSentences } from "./sentences";
export type { SentenceSpan } from "./sentences";
export {
  combineGazetteers,
  compileGazetteer,
  GazetteerError,
  GazetteerSchema,
  GAZETTEER_FORMAT,
} from "./gazetteer";
export type { Gazetteer, GazetteerFile, GazetteerEntry } from "./gazetteer";
export {
  parseCuration,
  applyCuration,
  CurationError,
  CurationSchema,
  CURATION_FORMAT,
  locate,
} from "./curation";
export type { Curation, CurationOperation } from "./curation";
export type { PendingRelation, Suggestion, SuggestionOccurrence } from "./suggest";
export { suffixesFor } from "./suffixes";
export { foldTr, prepareText, isBoundary, tokenize } from "./text";

export interface ExtractionResult {
  document: GraphDocument;
  /** Names the gazetteer does not know, for a person to review; not in the document. */
  suggestions: Suggestion[];
  /** Sentence spans by source id. */
  sentences: Record<string, { start: number; end: number }[]>;
  /** Curation operations that could not be applied, in words. */
  warnings: string[];
  /** With `trace`: every relation each rule emitted, weak co_occurs left out. */
  ruleHits?: RuleHit[];
}

export interface ExtractOptions {
  curation?: Curation;
  /** Title of the whole document; else the curation's, else the article's. */
  title?: string;
  /** Relation rules to leave out, by name (RULE_NAMES); for evaluation and debugging. */
  disableRules?: readonly string[];
  /** Also return which rule found which relation where (`ruleHits`). */
  trace?: boolean;
  /** Called after each article is read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** One relation as one rule found it in one sentence, before merging. */
export interface RuleHit {
  article: string;
  rule: string;
  type: RelationType;
  source: string;
  target: string;
  sentence: { start: number; end: number };
}

/**
 * Extracts several articles into one graph. Entities are resolved across articles by gazetteer id;
 * each relation lists every supporting sentence. The output is sorted and deterministic.
 */
export function extractArticles(
  articles: ArticleInput[],
  gazetteer: Gazetteer,
  options: ExtractOptions = {},
): ExtractionResult {
  const seen = new Set<string>();
  const disabled = new Set(options.disableRules ?? []);
  const enabledRules = disabled.size
    ? new Set(RULE_NAMES.filter((n) => !disabled.has(n)))
    : undefined;
  const analyses = [...articles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((a) => !seen.has(a.id) && seen.add(a.id))
    .map((a, i, all) => {
      const analysis = analyseArticle(a, gazetteer, { enabledRules });
      options.onProgress?.(i + 1, all.length);
      return analysis;
    });
  // Defined, not assigned, so an article named "__proto__" keeps its sentences; read with ownValue.
  const sentences: Record<string, SentenceSpan[]> = Object.fromEntries(
    analyses.map((a) => [a.source.id, a.sentences]),
  );
  let document = buildDocument(
    analyses,
    gazetteer,
    options.title ?? options.curation?.document?.title,
  );
  let warnings: string[] = [];
  if (options.curation) {
    ({ document, warnings } = applyCuration(document, options.curation, sentences));
    if (options.title) document = { ...document, title: options.title };
  }
  const suggestions = mergeSuggestions(analyses.flatMap((a) => a.suggestions));
  if (!options.trace) return { document, suggestions, sentences, warnings };
  const ruleHits: RuleHit[] = analyses.flatMap((a) =>
    a.relations
      .filter(({ rel }) => rel.type !== "co_occurs" && rel.source !== rel.target)
      .map(({ rel, sentence }) => ({
        article: a.source.id,
        rule: rel.rule ?? "unnamed",
        type: rel.type,
        source: rel.source,
        target: rel.target,
        sentence: { start: sentence.start, end: sentence.end },
      })),
  );
  return { document, suggestions, sentences, warnings, ruleHits };
}

function mergeSuggestions(list: Suggestion[]): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  for (const s of list) {
    const prev = byId.get(s.id);
    if (!prev)
      byId.set(s.id, {
        ...s,
        occurrences: [...s.occurrences],
        ...(s.relations ? { relations: [...s.relations] } : {}),
      });
    else {
      prev.occurrences.push(...s.occurrences);
      prev.confidence = Math.max(prev.confidence, s.confidence);
      for (const r of s.relations ?? []) {
        const list = (prev.relations ??= []);
        if (!list.some((x) => x.type === r.type && x.target === r.target)) list.push(r);
      }
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.occurrences.length - a.occurrences.length || a.id.localeCompare(b.id),
  );
}
