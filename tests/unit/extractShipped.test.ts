// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/model";
import { compileGazetteer, extractArticles, parseCuration } from "../../src/extract/index";
import { readArticle } from "../../src/extract/node";

const SEED = "data/articles/000_d7abfb82a5c11602.txt";
const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));
const curation = parseCuration(JSON.parse(readFileSync("data/curation.json", "utf8")));
const read = readArticle(SEED);
if (!read.ok) throw new Error(read.message);
const seed = read.article;

describe("the shipped data/graph.json", () => {
  it("is what npm run extract makes of data/articles now (regenerate it when this fails)", () => {
    const shipped = JSON.parse(readFileSync("data/graph.json", "utf8"));
    const { document, warnings } = extractArticles([seed], gazetteer, { curation });
    expect(warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(document))).toEqual(shipped);
  });

  it("loads in the app without a single problem", () => {
    const { document } = extractArticles([seed], gazetteer, { curation });
    const result = parseDocument(JSON.parse(JSON.stringify(document)));
    expect(result.ok).toBe(true);
  });
});

describe("the seed article without curation", () => {
  const { document } = extractArticles([seed], gazetteer);
  const texts = (id: string) =>
    document.entities.find((e) => e.id === id)?.mentions.map((m) => m.text) ?? [];

  it("finds every suffixed mention, even where the apostrophe was lost", () => {
    expect(texts("kazakhstan")).toContain("Kazakistanda");
    expect(texts("tatneft")).toEqual(["Tatneftin"]);
    expect(texts("kamaz")).toEqual(["KAMAZın"]);
    expect(texts("minnikhanov")).toEqual(
      expect.arrayContaining(["Rustam Minnikhanovun", "Rustam Minnikhanova"]),
    );
    expect(texts("nur-sultan")).toEqual(["Nur-Sultanın"]);
    expect(texts("gabdulla-tukai")).toEqual(["Gabdulla Tukainin"]);
    expect(texts("tokayev")).toContain("Kasım-Jomart Tokayevin");
    expect(texts("tatarstan")).toEqual(expect.arrayContaining(["Tataristanın", "Tataristanda"]));
    expect(texts("karaganda-region")).toEqual(["Karaganda bölgesine"]);
  });

  it("resolves the title-only subjects to the people they stand for", () => {
    expect(texts("tokayev")).toEqual(
      expect.arrayContaining([
        "Kazakistan devlet başkanı",
        "Kazakistan Cumhurbaşkanı",
        "Devlet Başkanı",
        "Devlet başkanı",
      ]),
    );
    expect(texts("minnikhanov")).toEqual(expect.arrayContaining(["Tataristan Cumhurbaşkanı"]));
    expect(texts("nazarbayev")).toContain("Kazakistanın Birinci Cumhurbaşkanı");
    expect(texts("shaimiev")).toContain("İlk Başkanımız");
    // Who met whom comes from the title alone: "Kazakistan devlet başkanı ... ile görüştü".
    expect(document.relations.map((r) => r.id)).toContain("r-tokayev-met_with-minnikhanov");
  });

  it("does not take the first name 'Nursultan' for the city or 'Kazakistanlı' for the country", () => {
    expect(texts("nur-sultan")).not.toContain("Nursultan");
    expect(texts("kazakhstan")).not.toContain("Kazakistanlı");
  });

  it("finds every mention and typed relation of the seed's gold annotation, and nothing else", () => {
    // The gold (tests/fixtures/gold) was annotated by hand, apart from the extractor's output.
    const gold = JSON.parse(
      readFileSync("tests/fixtures/gold/000_d7abfb82a5c11602.json", "utf8"),
    ) as {
      mentions: { entity: string; start: number; end: number }[];
      relations: { type: string; source: string; target: string }[];
    };
    const found = new Set(
      document.entities.flatMap((e) => e.mentions.map((m) => `${e.id}:${m.start}-${m.end}`)),
    );
    expect(found).toEqual(new Set(gold.mentions.map((m) => `${m.entity}:${m.start}-${m.end}`)));
    const key = (r: { type: string; source: string; target: string }) =>
      `${r.type} ${[r.source, r.target].join(" ")}`;
    const typed = document.relations.filter((r) => r.type !== "co_occurs");
    const undirected = (r: { type: string; source: string; target: string }) =>
      ["met_with", "cooperates_with", "agreement_with"].includes(r.type)
        ? `${r.type} ${[r.source, r.target].sort().join(" ")}`
        : key(r);
    expect(new Set(typed.map(undirected))).toEqual(new Set(gold.relations.map(undirected)));
  });
});
