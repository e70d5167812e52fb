// Turns scores into a plain-text report: one table per split (tune, unseen) with a row per article
// and the split's total, the overall total, then per article what was missed and what was wrong.
import type { Split } from "./gold";
import type {
  ArticleScore,
  ArticleScoreWithCoverage,
  Coverage,
  MentionError,
  Prf,
  RelationError,
  SubsetRecall,
  SuggestionScore,
  TotalScore,
} from "./score";
import { total, totalByType, totalCoverage } from "./score";

export interface ReportOptions {
  /** Article texts by source id, to quote the sentence a wrong relation came from. */
  texts?: Readonly<Record<string, string>>;
  /** How many misses and false positives to list per kind and article. */
  maxListed?: number;
  /** A line printed under the title, e.g. "with data/curation.json". */
  subtitle?: string;
  /** The seed scored without the projects that are gazetteer entries of its own phrases. */
  seedAlone?: ArticleScore;
  /** Suggestions for unknown names, with the shipped gazetteer alone, per article. */
  suggestions?: readonly SuggestionRow[];
  /** Right and wrong relations per rule, per article. */
  rules?: readonly RuleRow[];
  /**
   * Splits shown as totals only: no article rows, no relation types, no rules, no suggestion
   * misses, no errors. The unseen split is blind by default so that people writing rules never see
   * what it misses (`npm run eval -- --unseen-details` shows it, for whoever curates it).
   */
  blind?: readonly string[];
}

export interface RuleRow {
  split: string;
  counts: ReadonlyMap<string, { right: number; wrong: number }>;
}

export interface SuggestionRow {
  source: string;
  split: string;
  score: SuggestionScore;
}

const SPLITS: Split[] = ["tune", "unseen"];

const f3 = (x: number) => x.toFixed(3);
const prfCells = (p: Prf) => [f3(p.precision), f3(p.recall), f3(p.f1)];
const suffixedCell = (s: SubsetRecall) => `${f3(s.recall)} (${s.found}/${s.total})`;

function table(rows: string[][], rightAligned: (column: number) => boolean): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd(),
  );
}

const HEADER = [
  ["", "sentences", "", "", "mentions", "", "", "suffixed", "relations", "", ""],
  ["article", "P", "R", "F1", "P", "R", "F1", "R (found/all)", "P", "R", "F1"],
];

function row(label: string, s: ArticleScore | TotalScore): string[] {
  return [
    label,
    ...prfCells(s.sentences),
    ...prfCells(s.mentions),
    suffixedCell(s.suffixed),
    ...prfCells(s.relations),
  ];
}

/** The gazetteer coverage table, when the scores carry coverage. */
export function formatCoverage(
  scores: readonly ArticleScoreWithCoverage[],
  blind: readonly string[] = [],
): string {
  const withCoverage = scores.filter((s) => s.coverage !== undefined);
  if (withCoverage.length === 0) return "";
  const rows: string[][] = [
    ["article", "entities in gazetteer", "mention R on those", "other mentions suggested"],
  ];
  const cells = (c: Coverage) => [
    `${c.knownEntities}/${c.entities}`,
    suffixedCell(c.knownMentions),
    suffixedCell(c.unknownSuggested),
  ];
  for (const split of SPLITS) {
    const inSplit = withCoverage.filter((s) => s.split === split);
    if (inSplit.length === 0) continue;
    if (!blind.includes(split))
      for (const s of inSplit) rows.push([`${split}: ${s.source}`, ...cells(s.coverage!)]);
    rows.push([`${split}: total`, ...cells(totalCoverage(inSplit.map((s) => s.coverage!)))]);
  }
  const lines = table(rows, (c) => c > 0);
  return [lines[0], "-".repeat(lines[0].length), ...lines.slice(1)].join("\n");
}

/** The score tables alone: one block per split, then the overall total. */
export function formatTables(
  scores: readonly ArticleScore[],
  blind: readonly string[] = [],
): string {
  const rows: string[][] = [...HEADER];
  for (const split of SPLITS) {
    const inSplit = scores.filter((s) => s.split === split);
    if (inSplit.length === 0) continue;
    const hidden = blind.includes(split);
    if (!hidden) for (const s of inSplit) rows.push(row(`${split}: ${s.source}`, s));
    const label = `${split}: total (${inSplit.length} articles${hidden ? ", details hidden" : ""})`;
    rows.push(row(label, total(inSplit)));
  }
  rows.push(row(`overall (${scores.length} articles)`, total(scores)));
  const lines = table(rows, (c) => c > 0);
  // A rule under the header, and blank lines between the splits.
  const out: string[] = [lines[0], lines[1], "-".repeat(lines[1].length)];
  for (let i = 2; i < lines.length; i++) {
    out.push(lines[i]);
    if (/^(tune|unseen): total/.test(rows[i][0])) out.push("");
  }
  return out.join("\n");
}

/** Relation precision and recall per type, per split, most missed first. */
export function formatByType(
  scores: readonly ArticleScore[],
  blind: readonly string[] = [],
): string {
  const out: string[] = [];
  for (const split of SPLITS) {
    const inSplit = scores.filter((s) => s.split === split);
    if (inSplit.length === 0 || blind.includes(split)) continue;
    const rows: string[][] = [[`${split}: relation type`, "gold", "found", "wrong", "P", "R"]];
    for (const [type, p] of totalByType(inSplit)) {
      rows.push([type, `${p.tp + p.fn}`, `${p.tp}`, `${p.fp}`, f3(p.precision), f3(p.recall)]);
    }
    const lines = table(rows, (c) => c > 0);
    out.push(lines[0], "-".repeat(lines[0].length), ...lines.slice(1), "");
  }
  return out.join("\n").trimEnd();
}

const ratio = (a: number, b: number) => `${b === 0 ? "1.000" : f3(a / b)} (${a}/${b})`;

function suggestionTotals(rows: readonly SuggestionRow[]) {
  const sum = (pick: (s: SuggestionScore) => number) => rows.reduce((n, r) => n + pick(r.score), 0);
  return {
    unknown: sum((s) => s.unknown),
    base: sum((s) => s.rightBase),
    type: sum((s) => s.rightType),
  };
}

function ruleTotals(rows: readonly RuleRow[]): [string, { right: number; wrong: number }][] {
  const sums = new Map<string, { right: number; wrong: number }>();
  for (const r of rows)
    for (const [rule, c] of r.counts) {
      const acc = sums.get(rule) ?? { right: 0, wrong: 0 };
      sums.set(rule, { right: acc.right + c.right, wrong: acc.wrong + c.wrong });
    }
  return [...sums.entries()].sort(
    (a, b) => b[1].wrong - a[1].wrong || b[1].right - a[1].right || a[0].localeCompare(b[0]),
  );
}

/** Precision per rule, per split: each distinct relation a rule emitted in an article, once. */
export function formatRules(rows: readonly RuleRow[], blind: readonly string[] = []): string {
  const out: string[] = [];
  for (const split of SPLITS) {
    const inSplit = rows.filter((r) => r.split === split);
    if (inSplit.length === 0 || blind.includes(split)) continue;
    const t: string[][] = [[`${split}: rule`, "right", "wrong", "P"]];
    for (const [rule, c] of ruleTotals(inSplit))
      t.push([rule, `${c.right}`, `${c.wrong}`, f3(c.right / Math.max(1, c.right + c.wrong))]);
    const lines = table(t, (c) => c > 0);
    out.push(lines[0], "-".repeat(lines[0].length), ...lines.slice(1), "");
  }
  return out.join("\n").trimEnd();
}

/** Suggestions with the shipped gazetteer alone: unknown entities proposed right, per split. */
export function formatSuggestions(
  rows: readonly SuggestionRow[],
  blind: readonly string[] = [],
): string {
  const table_: string[][] = [["", "unknown entities", "right base form", "of those right type"]];
  for (const split of SPLITS) {
    const inSplit = rows.filter((r) => r.split === split);
    if (inSplit.length === 0) continue;
    for (const r of blind.includes(split) ? [] : inSplit) {
      const s = r.score;
      table_.push([
        `${split}: ${r.source}`,
        `${s.unknown}`,
        ratio(s.rightBase, s.unknown),
        ratio(s.rightType, s.rightBase),
      ]);
    }
    const t = suggestionTotals(inSplit);
    table_.push([
      `${split}: total`,
      `${t.unknown}`,
      ratio(t.base, t.unknown),
      ratio(t.type, t.base),
    ]);
  }
  const lines = table(table_, (c) => c > 0);
  return [lines[0], "-".repeat(lines[0].length), ...lines.slice(1)].join("\n");
}

function oneLine(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function mentionLine(m: MentionError): string {
  const text = JSON.stringify(m.text.replace(/\s+/g, " "));
  const suffixed = m.suffixed ? " (suffixed)" : "";
  const hint = m.hint ? `  <- ${m.hint}` : "";
  return `${m.entity} ${text} at ${m.start}-${m.end}${suffixed}${hint}`;
}

function relationLine(r: RelationError, text: string | undefined): string {
  const hint = r.hint ? `  <- ${r.hint}` : "";
  const from =
    r.evidence && text !== undefined
      ? `\n        from: "${oneLine(text.slice(r.evidence.start, r.evidence.end))}"`
      : "";
  return `${r.source} ${r.type} ${r.target}${hint}${from}`;
}

function list<T>(title: string, items: readonly T[], line: (item: T) => string, max: number) {
  if (items.length === 0) return [];
  const shown = items.slice(0, max).map((item) => `    - ${line(item)}`);
  const more = items.length > max ? [`    ... and ${items.length - max} more`] : [];
  return [`  ${title} (${items.length}):`, ...shown, ...more];
}

/** What went wrong in one article: misses and false positives of each kind. */
export function formatErrors(score: ArticleScore, options: ReportOptions = {}): string {
  const max = options.maxListed ?? 15;
  const text = options.texts?.[score.source];
  const quote = (s: { start: number; end: number }) =>
    text === undefined
      ? `${s.start}-${s.end}`
      : `${s.start}-${s.end} "${oneLine(text.slice(s.start, s.end), 70)}"`;
  const lines = [
    `${score.source} (${score.split})`,
    ...list("missed mentions", score.misses.mentions, mentionLine, max),
    ...list("wrong mentions", score.falsePositives.mentions, mentionLine, max),
    ...list("missed relations", score.misses.relations, (r) => relationLine(r, text), max),
    ...list("wrong relations", score.falsePositives.relations, (r) => relationLine(r, text), max),
    ...list("missed sentences", score.misses.sentences, quote, max),
    ...list("wrong sentences", score.falsePositives.sentences, quote, max),
  ];
  if (lines.length === 1) lines.push("  no errors");
  return lines.join("\n");
}

/** The whole report: tables first, then the errors of every article. */
export function formatReport(
  scores: readonly ArticleScoreWithCoverage[],
  options: ReportOptions = {},
): string {
  const title = "Extraction scores against tests/fixtures/gold";
  const blind = (options.blind ?? []).filter((split) => scores.some((s) => s.split === split));
  const coverage = formatCoverage(scores, blind);
  const parts = [
    title,
    ...(options.subtitle ? [options.subtitle] : []),
    "",
    formatTables(scores, blind),
    "",
    "P = precision, R = recall; mentions match on entity id and exact span, relations on type and",
    "endpoints (either direction for undirected types, co_occurs not scored), sentences on exact span.",
    "Totals add up the counts of their articles.",
    "",
    ...(coverage
      ? [
          "Gazetteer coverage: how many gold entities the gazetteer knows, the mention recall on those,",
          "and how many mentions of the others the extractor at least proposed as a suggestion.",
          "",
          coverage,
          "",
        ]
      : []),
    "Relations per type (co_occurs not scored)",
    "",
    formatByType(scores, blind),
    "",
    ...(options.rules
      ? [
          "Precision per rule (a relation counts once per rule and article; 'wrong' = not in the gold)",
          "",
          formatRules(options.rules, blind),
          "",
        ]
      : []),
    ...(options.seedAlone
      ? [
          "The seed without its six listed projects (gazetteer entries whose aliases are the seed's",
          "own phrases), in neither the gazetteer nor the gold:",
          "",
          formatTables([options.seedAlone]).split("\n").slice(0, 4).join("\n"),
          "",
        ]
      : []),
    ...(options.suggestions
      ? [
          "Suggestions with the shipped gazetteer alone: of the gold entities it does not know, how",
          "many a suggestion over one of their mentions proposes with a right base form (one of the",
          "entity's spellings), and of those how many with the right type (leader and person as one).",
          "",
          formatSuggestions(options.suggestions, blind),
          "",
          ...options.suggestions
            .filter((r) => r.score.misses.length > 0 && !blind.includes(r.split))
            .flatMap((r) => [
              `  ${r.source}:`,
              ...r.score.misses.slice(0, options.maxListed ?? 15).map((m) => `    - ${m}`),
            ]),
          "",
        ]
      : []),
    ...(blind.length > 0
      ? [
          `Shown as totals only, so that nobody writing rules learns what they miss: ${blind.join(", ")}`,
          "(per article, per relation type, per rule and errors: npm run eval -- --unseen-details).",
          "",
        ]
      : []),
    "Errors",
    "",
    scores
      .filter((s) => !blind.includes(s.split))
      .map((s) => formatErrors(s, options))
      .join("\n\n"),
  ];
  return `${parts.join("\n")}\n`;
}

/** Markdown tables for docs/extraction.md: totals by split, then every article. */
export function formatMarkdown(
  scores: readonly ArticleScore[],
  extra: {
    seedAlone?: ArticleScore;
    suggestions?: readonly SuggestionRow[];
    rules?: readonly RuleRow[];
    /** Splits shown as totals only (see ReportOptions.blind). */
    blind?: readonly string[];
  } = {},
): string {
  const blind = extra.blind ?? [];
  const header = [
    "| | sentences F1 | mentions P | mentions R | mentions F1 | suffixed R | relations P | relations R | relations F1 |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  const line = (label: string, s: ArticleScore | TotalScore) =>
    `| ${label} | ${[
      f3(s.sentences.f1),
      ...prfCells(s.mentions),
      suffixedCell(s.suffixed),
      ...prfCells(s.relations),
    ].join(" | ")} |`;
  const splits = SPLITS.filter((split) => scores.some((s) => s.split === split)).map((split) => {
    const inSplit = scores.filter((s) => s.split === split);
    return line(`${split} (${inSplit.length} articles)`, total(inSplit));
  });
  const articles = scores
    .filter((s) => !blind.includes(s.split))
    .map((s) => line(`${s.split}: \`${s.source}\``, s));
  const shownSplits = SPLITS.filter((split) => !blind.includes(split));
  const typed = shownSplits
    .filter((split) => scores.some((s) => s.split === split))
    .flatMap((split) => [
      "",
      `| ${split}: relation type | gold | found | wrong | P | R |`,
      "| --- | --: | --: | --: | --: | --: |",
      ...totalByType(scores.filter((s) => s.split === split)).map(
        ([type, p]) =>
          `| ${type} | ${p.tp + p.fn} | ${p.tp} | ${p.fp} | ${f3(p.precision)} | ${f3(p.recall)} |`,
      ),
    ]);
  const suggestions = extra.suggestions
    ? [
        "",
        "| | unknown entities | right base form | of those right type |",
        "| --- | --: | --: | --: |",
        ...SPLITS.filter((split) => extra.suggestions!.some((r) => r.split === split)).map(
          (split) => {
            const t = suggestionTotals(extra.suggestions!.filter((r) => r.split === split));
            return `| ${split} | ${t.unknown} | ${ratio(t.base, t.unknown)} | ${ratio(t.type, t.base)} |`;
          },
        ),
      ]
    : [];
  return [
    ...header,
    ...splits,
    line(`overall (${scores.length} articles)`, total(scores)),
    ...(extra.seedAlone ? [line("seed without its listed projects", extra.seedAlone)] : []),
    "",
    ...header,
    ...articles,
    ...typed,
    ...suggestions,
    ...shownSplits
      .filter((split) => extra.rules?.some((r) => r.split === split))
      .flatMap((split) => [
        "",
        `| ${split}: rule | right | wrong | P |`,
        "| --- | --: | --: | --: |",
        ...ruleTotals(extra.rules!.filter((r) => r.split === split)).map(
          ([rule, c]) =>
            `| \`${rule}\` | ${c.right} | ${c.wrong} | ${f3(c.right / Math.max(1, c.right + c.wrong))} |`,
        ),
      ]),
  ].join("\n");
}
