// Scores one extraction against one gold article. Pure functions: no files, no clock, no extractor.
//
// - Mentions match on entity id and exact span. Suffixed gold mentions are also reported alone, as
//   the recall on that subset.
// - Relations match on type, source and target; for undirected types (RELATION_TYPE_INFO) either
//   direction matches. co_occurs is never scored.
// - Sentences match on exact span.
import { RELATION_TYPE_INFO } from "../../src/model/vocabulary";
import type { EntityType, RelationType } from "../../src/model/vocabulary";
import type { GoldArticle, GoldMention, GoldRelation, Span, Split } from "./gold";

/**
 * The part of the extractor's result that is scored. An `ExtractionResult` from src/extract fits
 * it; tests build small ones by hand.
 */
export interface ScorableResult {
  document: {
    entities: readonly {
      id: string;
      mentions: readonly { source: string; start: number; end: number; text: string }[];
    }[];
    relations: readonly {
      type: RelationType;
      source: string;
      target: string;
      evidence?: readonly { source: string; start: number; end: number }[];
    }[];
  };
  sentences: Readonly<Record<string, readonly Span[]>>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface SubsetRecall {
  found: number;
  total: number;
  /** 1 when the subset is empty: nothing was there to miss. */
  recall: number;
}

export interface PredictedMention extends Span {
  entity: string;
  text: string;
}

export interface MentionError {
  entity: string;
  start: number;
  end: number;
  text: string;
  suffixed?: boolean;
  /** What the other side had there, when something close was there: "found as kazakhstan". */
  hint?: string;
}

export interface RelationError extends GoldRelation {
  hint?: string;
  /** The first evidence sentence of a predicted relation, to show where it came from. */
  evidence?: Span;
}

export interface ArticleScore {
  source: string;
  split: Split;
  mentions: Prf;
  suffixed: SubsetRecall;
  relations: Prf;
  /** Relation counts per type, to show which type is missed most. */
  relationsByType: Partial<Record<RelationType, Counts>>;
  sentences: Prf;
  misses: { mentions: MentionError[]; relations: RelationError[]; sentences: Span[] };
  falsePositives: { mentions: MentionError[]; relations: RelationError[]; sentences: Span[] };
}

/**
 * How much of an article the gazetteer could have found, to tell missing knowledge from matching
 * errors: recall on the mentions of entities the gazetteer knows, and how many mentions of the
 * entities it does not know the extractor at least proposed as suggestions (any overlap).
 */
export interface Coverage {
  knownEntities: number;
  entities: number;
  knownMentions: SubsetRecall;
  unknownSuggested: SubsetRecall;
}

export interface ArticleScoreWithCoverage extends ArticleScore {
  coverage?: Coverage;
}

export function coverage(
  gold: GoldArticle,
  result: ScorableResult,
  known: ReadonlySet<string>,
  suggestions: readonly {
    occurrences: readonly { source: string; start: number; end: number }[];
  }[] = [],
): Coverage {
  const predicted = new Set(
    predictedMentions(result, gold.source).map((m) => mentionKey(m.entity, m)),
  );
  const occurrences = suggestions.flatMap((s) =>
    s.occurrences.filter((o) => o.source === gold.source),
  );
  const names = gold.mentions.filter((m) => !m.optional);
  const entities = new Set(names.map((m) => m.entity));
  const knownGold = names.filter((m) => known.has(m.entity));
  const unknownGold = names.filter((m) => !known.has(m.entity));
  return {
    knownEntities: [...entities].filter((e) => known.has(e)).length,
    entities: entities.size,
    knownMentions: subsetRecall(
      knownGold.filter((m) => predicted.has(mentionKey(m.entity, m))).length,
      knownGold.length,
    ),
    unknownSuggested: subsetRecall(
      unknownGold.filter((m) => occurrences.some((o) => overlaps(o, m))).length,
      unknownGold.length,
    ),
  };
}

/** Coverage of several articles: entity and mention counts added up. */
export function totalCoverage(list: readonly Coverage[]): Coverage {
  const add = (pick: (c: Coverage) => SubsetRecall) =>
    subsetRecall(
      list.reduce((n, c) => n + pick(c).found, 0),
      list.reduce((n, c) => n + pick(c).total, 0),
    );
  return {
    knownEntities: list.reduce((n, c) => n + c.knownEntities, 0),
    entities: list.reduce((n, c) => n + c.entities, 0),
    knownMentions: add((c) => c.knownMentions),
    unknownSuggested: add((c) => c.unknownSuggested),
  };
}

export interface TotalScore {
  articles: number;
  mentions: Prf;
  suffixed: SubsetRecall;
  relations: Prf;
  sentences: Prf;
}

/** Precision, recall and F1 from counts. Nothing predicted and nothing expected scores 1. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function subsetRecall(found: number, total: number): SubsetRecall {
  return { found, total, recall: total === 0 ? 1 : found / total };
}

const spanKey = (s: Span) => `${s.start}-${s.end}`;
const mentionKey = (entity: string, s: Span) => `${entity}@${spanKey(s)}`;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The key under which two relations are the same: undirected types ignore the order. */
export function relationKey(r: GoldRelation): string {
  const directed = RELATION_TYPE_INFO[r.type]?.directed ?? true;
  const [a, b] = directed || r.source <= r.target ? [r.source, r.target] : [r.target, r.source];
  return `${r.type} ${a} ${b}`;
}

/** The extractor's mentions in one source, one per entity and span. */
export function predictedMentions(result: ScorableResult, source: string): PredictedMention[] {
  const seen = new Map<string, PredictedMention>();
  for (const entity of result.document.entities) {
    for (const m of entity.mentions) {
      if (m.source !== source) continue;
      const key = mentionKey(entity.id, m);
      if (!seen.has(key))
        seen.set(key, { entity: entity.id, start: m.start, end: m.end, text: m.text });
    }
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The extractor's typed relations for one source: co_occurs dropped, and a relation counted when
 * one of its evidence sentences is in the source, or when it has no evidence at all (a relation
 * added by curation without evidence would otherwise hide from the score).
 */
export function predictedRelations(result: ScorableResult, source: string): RelationError[] {
  const seen = new Map<string, RelationError>();
  for (const r of result.document.relations) {
    if (r.type === "co_occurs") continue;
    const evidence = r.evidence ?? [];
    const here = evidence.filter((e) => e.source === source);
    if (evidence.length > 0 && here.length === 0) continue;
    const key = relationKey(r);
    if (seen.has(key)) continue;
    const first = here[0];
    seen.set(key, {
      type: r.type,
      source: r.source,
      target: r.target,
      ...(first ? { evidence: { start: first.start, end: first.end } } : {}),
    });
  }
  return [...seen.values()];
}

function scoreMentions(allGold: readonly GoldMention[], allPredicted: readonly PredictedMention[]) {
  // Optional gold (a title standing for a person) neither counts nor excuses: predicted mentions
  // of the same entity overlapping it are set aside, and it is never a miss.
  const optional = allGold.filter((m) => m.optional);
  const gold = allGold.filter((m) => !m.optional);
  const predicted = allPredicted.filter(
    (p) => !optional.some((o) => o.entity === p.entity && overlaps(o, p)),
  );
  const goldKeys = new Set(gold.map((m) => mentionKey(m.entity, m)));
  const predictedKeys = new Set(predicted.map((m) => mentionKey(m.entity, m)));
  const misses: MentionError[] = [];
  let tp = 0;
  let suffixedFound = 0;
  for (const m of gold) {
    if (predictedKeys.has(mentionKey(m.entity, m))) {
      tp++;
      if (m.suffixed) suffixedFound++;
      continue;
    }
    const sameSpan = predicted.find((p) => p.start === m.start && p.end === m.end);
    const nearby = predicted.find((p) => p.entity === m.entity && overlaps(p, m));
    const hint = sameSpan
      ? `found as ${sameSpan.entity}`
      : nearby
        ? `span off: found "${nearby.text}"`
        : undefined;
    misses.push({
      entity: m.entity,
      start: m.start,
      end: m.end,
      text: m.text,
      suffixed: m.suffixed,
      hint,
    });
  }
  const falsePositives: MentionError[] = [];
  for (const p of predicted) {
    if (goldKeys.has(mentionKey(p.entity, p))) continue;
    const sameSpan = gold.find((g) => g.start === p.start && g.end === p.end);
    const nearby = gold.find((g) => g.entity === p.entity && overlaps(g, p));
    const around = gold.find((g) => g.start <= p.start && p.end <= g.end);
    const hint = sameSpan
      ? `gold has ${sameSpan.entity} here`
      : nearby
        ? `span off: gold "${nearby.text}"`
        : around
          ? `inside gold ${around.entity} "${around.text.replace(/\s+/g, " ")}"`
          : undefined;
    falsePositives.push({ entity: p.entity, start: p.start, end: p.end, text: p.text, hint });
  }
  const suffixedTotal = gold.filter((m) => m.suffixed).length;
  return {
    counts: prf({ tp, fp: falsePositives.length, fn: misses.length }),
    suffixed: subsetRecall(suffixedFound, suffixedTotal),
    misses,
    falsePositives,
  };
}

/** What the other side has between the same two entities, if anything. */
function relationHint(r: GoldRelation, others: readonly GoldRelation[]): string | undefined {
  const between = others.filter(
    (o) =>
      (o.source === r.source && o.target === r.target) ||
      (o.source === r.target && o.target === r.source),
  );
  if (between.length === 0) return undefined;
  return between
    .map((o) => `${o.source} ${o.type} ${o.target}${o.type === r.type ? " (other direction)" : ""}`)
    .join("; ");
}

function scoreRelations(gold: readonly GoldRelation[], predicted: readonly RelationError[]) {
  const goldByKey = new Map<string, GoldRelation>();
  for (const r of gold) if (r.type !== "co_occurs") goldByKey.set(relationKey(r), r);
  const goldList = [...goldByKey.values()];
  const predictedKeys = new Set(predicted.map(relationKey));
  const misses: RelationError[] = [];
  let tp = 0;
  for (const [key, r] of goldByKey) {
    if (predictedKeys.has(key)) tp++;
    else misses.push({ ...r, hint: prefix("extractor has", relationHint(r, predicted)) });
  }
  const falsePositives = predicted
    .filter((r) => !goldByKey.has(relationKey(r)))
    .map((r) => ({ ...r, hint: prefix("gold has", relationHint(r, goldList)) }));
  const byType: Partial<Record<RelationType, Counts>> = {};
  const bump = (type: RelationType, field: keyof Counts) => {
    const c = (byType[type] ??= { tp: 0, fp: 0, fn: 0 });
    c[field]++;
  };
  for (const [key, r] of goldByKey) bump(r.type, predictedKeys.has(key) ? "tp" : "fn");
  for (const r of falsePositives) bump(r.type, "fp");
  return {
    counts: prf({ tp, fp: falsePositives.length, fn: misses.length }),
    byType,
    misses,
    falsePositives,
  };
}

function prefix(label: string, hint: string | undefined): string | undefined {
  return hint === undefined ? undefined : `${label} ${hint}`;
}

function scoreSentences(gold: readonly Span[], predicted: readonly Span[]) {
  const goldKeys = new Set(gold.map(spanKey));
  const unique = new Map(predicted.map((s) => [spanKey(s), { start: s.start, end: s.end }]));
  const misses = gold.filter((s) => !unique.has(spanKey(s)));
  const falsePositives = [...unique.values()].filter((s) => !goldKeys.has(spanKey(s)));
  return {
    counts: prf({ tp: gold.length - misses.length, fp: falsePositives.length, fn: misses.length }),
    misses,
    falsePositives,
  };
}

/** Scores the extractor's result for one article against that article's gold. */
export function scoreArticle(gold: GoldArticle, result: ScorableResult): ArticleScore {
  const mentions = scoreMentions(gold.mentions, predictedMentions(result, gold.source));
  const relations = scoreRelations(gold.relations, predictedRelations(result, gold.source));
  const sentences = scoreSentences(gold.sentences, result.sentences[gold.source] ?? []);
  return {
    source: gold.source,
    split: gold.split,
    mentions: mentions.counts,
    suffixed: mentions.suffixed,
    relations: relations.counts,
    relationsByType: relations.byType,
    sentences: sentences.counts,
    misses: {
      mentions: mentions.misses,
      relations: relations.misses,
      sentences: sentences.misses,
    },
    falsePositives: {
      mentions: mentions.falsePositives,
      relations: relations.falsePositives,
      sentences: sentences.falsePositives,
    },
  };
}

function sum(counts: readonly Counts[]): Prf {
  return prf({
    tp: counts.reduce((n, c) => n + c.tp, 0),
    fp: counts.reduce((n, c) => n + c.fp, 0),
    fn: counts.reduce((n, c) => n + c.fn, 0),
  });
}

/** Micro-averaged totals: the counts of all articles added up, then P/R/F1 from the sums. */
export function total(scores: readonly ArticleScore[]): TotalScore {
  return {
    articles: scores.length,
    mentions: sum(scores.map((s) => s.mentions)),
    suffixed: subsetRecall(
      scores.reduce((n, s) => n + s.suffixed.found, 0),
      scores.reduce((n, s) => n + s.suffixed.total, 0),
    ),
    relations: sum(scores.map((s) => s.relations)),
    sentences: sum(scores.map((s) => s.sentences)),
  };
}

/** Relation counts per type over several articles, most missed first. */
export function totalByType(scores: readonly ArticleScore[]): [RelationType, Prf][] {
  const sums = new Map<RelationType, Counts>();
  for (const s of scores) {
    for (const [type, c] of Object.entries(s.relationsByType) as [RelationType, Counts][]) {
      const acc = sums.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      sums.set(type, { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn });
    }
  }
  return [...sums.entries()]
    .map(([type, c]) => [type, prf(c)] as [RelationType, Prf])
    .sort((a, b) => b[1].fn - a[1].fn || a[0].localeCompare(b[0]));
}

/** What a person would type into the gazetteer for an entity: its label and spellings. */
export interface KnownName {
  type: EntityType;
  names: readonly string[];
}

export interface SuggestionScore {
  /** Gold entities (with a name mention) that the shipped gazetteer does not know. */
  unknown: number;
  /** ... of those, proposed by a suggestion over one of their mentions with a right base form. */
  rightBase: number;
  /** ... of those, also with the right type (leader and person count as one: a title tells). */
  rightType: number;
  /** One line per unknown entity that was not proposed right, for the report. */
  misses: string[];
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase("tr")
    .replace(/\s*-\s*/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
const personLike = (t: string) => (t === "leader" ? "person" : t);

/**
 * How a new user with only the shipped gazetteer is served: each entity of the gold that the
 * gazetteer does not know should come up as a suggestion over one of its mentions, with a base
 * form that is one of its spellings, and with its type.
 */
export function scoreSuggestions(
  gold: GoldArticle,
  suggestions: readonly {
    base: string;
    type: string;
    occurrences: readonly { source: string; start: number; end: number }[];
  }[],
  known: ReadonlySet<string>,
  names: ReadonlyMap<string, KnownName>,
): SuggestionScore {
  const out: SuggestionScore = { unknown: 0, rightBase: 0, rightType: 0, misses: [] };
  const entities = new Map<string, GoldMention[]>();
  for (const m of gold.mentions) {
    if (m.optional || known.has(m.entity)) continue;
    entities.set(m.entity, [...(entities.get(m.entity) ?? []), m]);
  }
  for (const [entity, mentions] of entities) {
    out.unknown++;
    const spellings = new Set((names.get(entity)?.names ?? []).map(fold));
    const over = suggestions.filter((s) =>
      s.occurrences.some((o) => o.source === gold.source && mentions.some((m) => overlaps(o, m))),
    );
    const based = over.filter((s) => spellings.has(fold(s.base)));
    if (based.length === 0) {
      const seen = over.map((s) => `"${s.base}" ${s.type}`).join(", ") || "no suggestion";
      out.misses.push(`${entity}: ${seen}`);
      continue;
    }
    out.rightBase++;
    const type = mentions[0].type;
    if (based.some((s) => personLike(s.type) === personLike(type))) out.rightType++;
    else out.misses.push(`${entity} (${type}): typed ${based.map((s) => s.type).join(", ")}`);
  }
  return out;
}

/** Right and wrong relations per rule in one article: each distinct relation a rule emitted once. */
export function scoreRules(
  gold: GoldArticle,
  hits: readonly {
    article: string;
    rule: string;
    type: RelationType;
    source: string;
    target: string;
  }[],
): Map<string, { right: number; wrong: number }> {
  const goldKeys = new Set(gold.relations.map(relationKey));
  const out = new Map<string, { right: number; wrong: number }>();
  const seen = new Set<string>();
  for (const h of hits) {
    if (h.article !== gold.source) continue;
    const key = relationKey(h);
    if (seen.has(`${h.rule} ${key}`)) continue;
    seen.add(`${h.rule} ${key}`);
    const c = out.get(h.rule) ?? { right: 0, wrong: 0 };
    if (goldKeys.has(key)) c.right++;
    else c.wrong++;
    out.set(h.rule, c);
  }
  return out;
}
