import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileGazetteer, extractArticles } from "../../src/extract/index";

const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));
const seedText = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8");

/** The shipped gazetteer plus a few people known by name only (no roles). */
function withPeople(people: [string, string][]) {
  const file = JSON.parse(readFileSync("data/gazetteer.json", "utf8"));
  file.entities.push(
    { id: "arcelik", type: "company", label: "Arçelik", aliases: ["Arçelik"] },
    ...people.map(([id, name]) => ({ id, type: "person", label: name, aliases: [name] })),
  );
  return compileGazetteer(file);
}

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

  it("an office's owner may stand a few words before the title: 'Türkiye'nin Moskova Büyükelçisi', 'T.C. Ekonomi Bakan Yardımcısı'", () => {
    const g = withPeople([
      ["tanju-bilgic", "Tanju Bilgiç"],
      ["fatih-metin", "Fatih Metin"],
    ]);
    const rels = (text: string) =>
      extractArticles([{ id: "t", text }], g).document.relations.map((r) => r.id);
    expect(rels("Türkiye'nin Moskova Büyükelçisi Tanju Bilgiç konuştu.")).toContain(
      "r-tanju-bilgic-official_of-turkey",
    );
    expect(rels("T.C. Ekonomi Bakan Yardımcısı Fatih Metin konuştu.")).toContain(
      "r-fatih-metin-official_of-turkey",
    );
    // The head of a body is its official, not its leader.
    expect(rels("Arçelik Genel Müdürü Tanju Bilgiç konuştu.")).toEqual([
      "r-tanju-bilgic-official_of-arcelik",
    ]);
  });

  it("'Cumhurbaşkanı Erdoğan' says whose president only with the country before the title", () => {
    expect(ids("Cumhurbaşkanı Erdoğan konuştu.")).toEqual([]);
    // The country named elsewhere in the sentence is not the owner of the office.
    expect(ids("Cumhurbaşkanı Erdoğan, Türkiye'ye gelen Tokayev'i karşıladı.")).not.toContain(
      "r-recep-tayyip-erdogan-leader_of-turkey",
    );
    expect(ids("Türkiye Cumhurbaşkanı Erdoğan konuştu.")).toContain(
      "r-recep-tayyip-erdogan-leader_of-turkey",
    );
  });

  it("'Özbek lider' is whoever the article named in that office; a bare 'Bakan' the minister it names most", () => {
    const g = withPeople([
      ["mirziyoyev", "Şevket Mirziyoyev"],
      ["cavusoglu", "Çavuşoğlu"],
      ["kamilov", "Abdulaziz Kamilov"],
    ]);
    const mentionsOf = (text: string, id: string) =>
      extractArticles([{ id: "t", text }], g)
        .document.entities.find((e) => e.id === id)
        ?.mentions.map((m) => m.text) ?? [];
    expect(
      mentionsOf(
        "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev konuştu. Özbek lider memnun.",
        "mirziyoyev",
      ),
    ).toContain("Özbek lider");
    const text =
      "Türkiye Dışişleri Bakanı Çavuşoğlu geldi. Çavuşoğlu konuştu. Özbekistan Dışişleri Bakanı Abdulaziz Kamilov dinledi. Bakan sonra döndü.";
    expect(mentionsOf(text, "cavusoglu")).toContain("Bakan");
    expect(mentionsOf(text, "kamilov")).not.toContain("Bakan");
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
