import { describe, expect, it } from "vitest";
import type { GoldArticle } from "../eval/gold";
import { coverage, prf, scoreArticle, total } from "../eval/score";
import type { ScorableResult } from "../eval/score";
import { formatMarkdown, formatReport } from "../eval/report";

// "Tokayev, Minnikhanov ile görüştü. KAMAZın Kazakistanda iki projesi var."
const TEXT = "Tokayev, Minnikhanov ile görüştü. KAMAZın Kazakistanda iki projesi var.";
const SOURCE = "example";

const gold: GoldArticle = {
  source: SOURCE,
  split: "tune",
  sentences: [
    { start: 0, end: 33 },
    { start: 34, end: 71 },
  ],
  mentions: [
    { entity: "tokayev", type: "leader", start: 0, end: 7, text: "Tokayev", suffixed: false },
    {
      entity: "minnikhanov",
      type: "leader",
      start: 9,
      end: 20,
      text: "Minnikhanov",
      suffixed: false,
    },
    { entity: "kamaz", type: "company", start: 34, end: 41, text: "KAMAZın", suffixed: true },
    {
      entity: "kazakhstan",
      type: "country",
      start: 42,
      end: 54,
      text: "Kazakistanda",
      suffixed: true,
    },
  ],
  relations: [
    { type: "met_with", source: "tokayev", target: "minnikhanov" },
    { type: "operates_in", source: "kamaz", target: "kazakhstan" },
  ],
};

type Relation = ScorableResult["document"]["relations"][number];

/** An extraction that found exactly what the gold says, to be spoiled one way per test. */
function perfect(): {
  document: {
    entities: {
      id: string;
      mentions: { source: string; start: number; end: number; text: string }[];
    }[];
    relations: Relation[];
  };
  sentences: Record<string, { start: number; end: number }[]>;
} {
  const ids = [...new Set(gold.mentions.map((m) => m.entity))];
  return {
    document: {
      entities: ids.map((id) => ({
        id,
        mentions: gold.mentions
          .filter((m) => m.entity === id)
          .map((m) => ({ source: SOURCE, start: m.start, end: m.end, text: m.text })),
      })),
      relations: [
        {
          type: "met_with",
          source: "tokayev",
          target: "minnikhanov",
          evidence: [{ source: SOURCE, start: 0, end: 33 }],
        },
        {
          type: "operates_in",
          source: "kamaz",
          target: "kazakhstan",
          evidence: [{ source: SOURCE, start: 34, end: 71 }],
        },
        {
          type: "co_occurs",
          source: "kamaz",
          target: "kazakhstan",
          evidence: [{ source: SOURCE, start: 34, end: 71 }],
        },
      ],
    },
    sentences: { [SOURCE]: gold.sentences.map((s) => ({ ...s })) },
  };
}

describe("Scoring an extraction against gold", () => {
  it("gives 1.0 everywhere when the extractor finds exactly the gold, weak co-occurrence aside", () => {
    const score = scoreArticle(gold, perfect());
    for (const part of [score.mentions, score.relations, score.sentences]) {
      expect(part).toMatchObject({ precision: 1, recall: 1, f1: 1, fp: 0, fn: 0 });
    }
    expect(score.suffixed).toEqual({ found: 2, total: 2, recall: 1 });
    expect(score.misses).toEqual({ mentions: [], relations: [], sentences: [] });
    expect(score.falsePositives).toEqual({ mentions: [], relations: [], sentences: [] });
  });

  it("lowers suffixed recall when a suffixed form like KAMAZın is missed, and says so", () => {
    const result = perfect();
    result.document.entities = result.document.entities.filter((e) => e.id !== "kamaz");
    const score = scoreArticle(gold, result);
    expect(score.suffixed).toEqual({ found: 1, total: 2, recall: 0.5 });
    expect(score.mentions).toMatchObject({ tp: 3, fp: 0, fn: 1, precision: 1, recall: 0.75 });
    expect(score.misses.mentions).toEqual([
      expect.objectContaining({ entity: "kamaz", text: "KAMAZın", suffixed: true }),
    ]);
  });

  it("counts a mention whose span stops before the suffix as both a miss and a false positive", () => {
    const result = perfect();
    const kazakhstan = result.document.entities.find((e) => e.id === "kazakhstan")!;
    kazakhstan.mentions = [{ source: SOURCE, start: 42, end: 52, text: "Kazakistan" }];
    const score = scoreArticle(gold, result);
    expect(score.mentions).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(score.misses.mentions[0].hint).toBe('span off: found "Kazakistan"');
    expect(score.falsePositives.mentions[0].hint).toBe('span off: gold "Kazakistanda"');
  });

  it("points out a mention found inside a longer gold name, such as a country inside a company name", () => {
    const result = perfect();
    result.document.entities.push({
      id: "tokay",
      mentions: [{ source: SOURCE, start: 0, end: 5, text: "Tokay" }],
    });
    const score = scoreArticle(gold, result);
    expect(score.falsePositives.mentions).toEqual([
      expect.objectContaining({ entity: "tokay", hint: 'inside gold tokayev "Tokayev"' }),
    ]);
  });

  it("names the entity a span was given when it is the wrong one", () => {
    const result = perfect();
    result.document.entities.push({
      id: "kazakh-city",
      mentions: [{ source: SOURCE, start: 42, end: 54, text: "Kazakistanda" }],
    });
    result.document.entities = result.document.entities.filter((e) => e.id !== "kazakhstan");
    const score = scoreArticle(gold, result);
    expect(score.misses.mentions[0].hint).toBe("found as kazakh-city");
    expect(score.falsePositives.mentions[0].hint).toBe("gold has kazakhstan here");
  });

  it("matches an undirected relation (met_with) written the other way round", () => {
    const result = perfect();
    result.document.relations[0] = {
      ...result.document.relations[0],
      source: "minnikhanov",
      target: "tokayev",
    };
    expect(scoreArticle(gold, result).relations).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("does not match a directed relation (operates_in) written the other way round", () => {
    const result = perfect();
    result.document.relations[1] = {
      ...result.document.relations[1],
      source: "kazakhstan",
      target: "kamaz",
    };
    const score = scoreArticle(gold, result);
    expect(score.relations).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score.falsePositives.relations[0].hint).toBe(
      "gold has kamaz operates_in kazakhstan (other direction)",
    );
  });

  it("does not match a relation of the wrong type between the right entities", () => {
    const result = perfect();
    result.document.relations[1] = { ...result.document.relations[1], type: "based_in" };
    const score = scoreArticle(gold, result);
    expect(score.relations).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(score.misses.relations[0]).toMatchObject({ type: "operates_in", source: "kamaz" });
    expect(score.misses.relations[0].hint).toBe("extractor has kamaz based_in kazakhstan");
  });

  it("ignores mentions and relations that belong to another article", () => {
    const result = perfect();
    result.document.entities[0].mentions.push({
      source: "other",
      start: 0,
      end: 7,
      text: "Tokayev",
    });
    result.document.relations.push({
      type: "visited",
      source: "tokayev",
      target: "kazakhstan",
      evidence: [{ source: "other", start: 0, end: 10 }],
    });
    const score = scoreArticle(gold, result);
    expect(score.mentions.fp).toBe(0);
    expect(score.relations.fp).toBe(0);
  });

  it("scores sentence boundaries on exact spans: a sentence split in two is one miss, two wrong", () => {
    const result = perfect();
    result.sentences[SOURCE] = [
      { start: 0, end: 33 },
      { start: 34, end: 54 },
      { start: 55, end: 71 },
    ];
    const score = scoreArticle(gold, result);
    expect(score.sentences).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(score.misses.sentences).toEqual([{ start: 34, end: 71 }]);
  });

  it("scores an empty extraction as zero recall without dividing by zero", () => {
    const score = scoreArticle(gold, { document: { entities: [], relations: [] }, sentences: {} });
    expect(score.mentions).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(score.suffixed.recall).toBe(0);
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("adds up the counts of several articles before computing the totals", () => {
    const good = scoreArticle(gold, perfect());
    const empty = scoreArticle(
      { ...gold, split: "unseen" },
      { document: { entities: [], relations: [] }, sentences: {} },
    );
    const sum = total([good, empty]);
    expect(sum.mentions).toMatchObject({ tp: 4, fp: 0, fn: 4, precision: 1, recall: 0.5 });
    expect(sum.suffixed).toEqual({ found: 2, total: 4, recall: 0.5 });
  });

  it("tells missing gazetteer knowledge from matching errors, counting suggestions for unknown names", () => {
    const result = perfect();
    result.document.entities = result.document.entities.filter((e) => e.id !== "kamaz");
    const suggestions = [{ occurrences: [{ source: SOURCE, start: 34, end: 39 }] }];
    const known = new Set(["tokayev", "minnikhanov", "kazakhstan"]);
    expect(coverage(gold, result, known, suggestions)).toEqual({
      knownEntities: 3,
      entities: 4,
      knownMentions: { found: 3, total: 3, recall: 1 },
      unknownSuggested: { found: 1, total: 1, recall: 1 },
    });
  });

  it("prints a report a person can read: tune and unseen apart, three decimals, the errors listed", () => {
    const good = scoreArticle(gold, perfect());
    const result = perfect();
    result.document.relations[1] = { ...result.document.relations[1], type: "based_in" };
    const bad = scoreArticle({ ...gold, split: "unseen" }, result);
    const report = formatReport([good, bad], { texts: { [SOURCE]: TEXT } });
    expect(report).toMatch(/tune: example\s+1\.000\s+1\.000\s+1\.000/);
    expect(report).toMatch(
      /unseen: example\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000 \(2\/2\)\s+0\.500/,
    );
    expect(report).toMatch(/unseen: total \(1 articles\)/);
    expect(report).toMatch(/overall \(2 articles\)/);
    expect(report).toContain("missed relations (1):");
    expect(report).toContain(
      "kamaz operates_in kazakhstan  <- extractor has kamaz based_in kazakhstan",
    );
    expect(report.indexOf("tune: total")).toBeLessThan(report.indexOf("unseen: total"));
  });

  it("shows the unseen split to someone writing rules as totals only: no article, type, rule or error of it", () => {
    const good = scoreArticle(gold, perfect());
    const result = perfect();
    result.document.relations[1] = { ...result.document.relations[1], type: "based_in" };
    const unseen = { ...scoreArticle({ ...gold, split: "unseen" }, result), source: "hidden-one" };
    const rules = [
      { split: "tune", counts: new Map([["seen-rule", { right: 1, wrong: 0 }]]) },
      { split: "unseen", counts: new Map([["unseen-only-rule", { right: 0, wrong: 1 }]]) },
    ];
    const suggestions = [
      {
        source: "hidden-one",
        split: "unseen",
        score: { unknown: 2, rightBase: 1, rightType: 1, misses: ["x: no suggestion"] },
      },
    ];
    const options = { texts: { [SOURCE]: TEXT }, rules, suggestions, blind: ["unseen"] };
    const report = formatReport([good, unseen], options);
    expect(report).toMatch(/unseen: total \(1 articles, details hidden\)\s+1\.000/);
    expect(report).toMatch(/unseen: total\s+2\s+0\.500 \(1\/2\)/);
    for (const secret of [
      "hidden-one",
      "unseen-only-rule",
      "unseen: relation type",
      "kamaz operates_in",
      "x: no suggestion",
    ])
      expect(report).not.toContain(secret);
    expect(report).toContain("seen-rule");
    expect(formatReport([good, unseen], { ...options, blind: [] })).toContain("hidden-one");

    const markdown = formatMarkdown([good, unseen], { rules, suggestions, blind: ["unseen"] });
    expect(markdown).toContain("| unseen (1 articles) |");
    expect(markdown).toContain("| unseen | 2 | 0.500 (1/2) | 1.000 (1/1) |");
    for (const secret of ["hidden-one", "unseen-only-rule", "unseen: relation type"])
      expect(markdown).not.toContain(secret);
  });

  it("gives the same numbers as markdown tables for docs/extraction.md", () => {
    const markdown = formatMarkdown([scoreArticle(gold, perfect())]);
    expect(markdown).toContain(
      "| tune (1 articles) | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 (2/2) |",
    );
    expect(markdown).toContain("| tune: `example` |");
    expect(markdown).not.toContain("unseen");
  });
});
