import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileGazetteer, extractArticles } from "../../src/extract/index";

const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));
const seedText = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8");

function relations(text: string, id = "t") {
  return extractArticles([{ id, text }], gazetteer).document.relations;
}
const ids = (text: string) =>
  relations(text)
    .filter((r) => r.type !== "co_occurs")
    .map((r) => r.id);

describe("relations read from single sentences", () => {
  it("'X ile görüştü' makes the subject meet X, and the evidence is the sentence with its trigger", () => {
    const text = "Tokayev, Rustam Minnikhanov ile görüştü.";
    const met = relations(text).find((r) => r.type === "met_with")!;
    expect(met).toMatchObject({ source: "tokayev", target: "minnikhanov" });
    const at = text.indexOf("görüştü");
    expect(met.evidence).toEqual([
      {
        source: "t",
        start: 0,
        end: text.length,
        triggers: [{ start: at, end: at + "görüştü".length }],
      },
    ]);
  });

  it("'Kazakistan Cumhurbaşkanı' states who leads Kazakhstan, with the title as trigger", () => {
    expect(ids("Kazakistan Cumhurbaşkanı konuştu.")).toContain("r-tokayev-leader_of-kazakhstan");
  });

  it("'İlk Başkanımız Şaimiev' resolves the country through Şaimiev's role fact", () => {
    expect(ids("İlk Başkanımız Mintimer Şaripovich Şaimiev selam gönderdi.")).toContain(
      "r-shaimiev-former_leader_of-tatarstan",
    );
  });

  it("background knowledge is stated only where a sentence names both ends, and says so", () => {
    const text = "Tataristan güzel bir yer. Tataristan ve Rusya arasında uçuşlar var.";
    const partOf = relations(text).find((r) => r.id === "r-tatarstan-part_of-russia")!;
    expect(partOf.attributes.basis).toBe("background knowledge");
    expect(partOf.evidence.map((e) => e.start)).toEqual([text.indexOf("Tataristan ve")]);
    expect(ids("Tataristan güzel bir yer.")).toEqual([]);
  });

  it("any two names in one sentence are 'mentioned with' each other, counted, when nothing stronger links them", () => {
    const text = "Tatneft ve KAMAZ büyüdü. KAMAZ ve Tatneft yine büyüdü.";
    const weak = relations(text).filter((r) => r.type === "co_occurs");
    expect(weak).toHaveLength(1);
    expect(weak[0]).toMatchObject({
      id: "r-kamaz-co_occurs-tatneft",
      attributes: { count: 2, articles: 1 },
    });
  });
});

describe("several articles in one graph", () => {
  it("resolves entities across articles by id and counts the articles behind each relation", () => {
    const a = { id: "a", text: "Tokayev, Rustam Minnikhanov ile görüştü." };
    const b = { id: "b", text: "Kasım-Jomart Tokayev, dün Minnikhanov ile görüştü." };
    const { document } = extractArticles([b, a], gazetteer);
    expect(document.sources.map((s) => s.id)).toEqual(["a", "b"]);
    const met = document.relations.find((r) => r.type === "met_with")!;
    expect(met.evidence.map((e) => e.source)).toEqual(["a", "b"]);
    expect(met.attributes.articles).toBe(2);
    expect(
      document.entities.find((e) => e.id === "tokayev")!.mentions.map((m) => m.source),
    ).toEqual(["a", "b"]);
  });

  it("gives the same output for the same input, whatever the order of the articles", () => {
    const a = { id: "a", text: "Tokayev, Rustam Minnikhanov ile görüştü." };
    const b = { id: "b", text: seedText };
    expect(JSON.stringify(extractArticles([a, b], gazetteer))).toBe(
      JSON.stringify(extractArticles([b, a], gazetteer)),
    );
  });
});
