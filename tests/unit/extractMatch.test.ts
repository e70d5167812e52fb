import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileGazetteer, extractArticles } from "../../src/extract/index";

const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));

function mentions(text: string, gaz = gazetteer): string[] {
  const { document } = extractArticles([{ id: "t", text }], gaz);
  return document.entities
    .flatMap((e) => e.mentions.map((m) => ({ s: m.start, v: `${e.id}:${m.text}` })))
    .sort((a, b) => a.s - b.s)
    .map((x) => x.v);
}

/** A gazetteer that knows nothing but what a test gives it. */
function tiny(entities: object[], titles: object[] = []) {
  return compileGazetteer({ format: "relgraph-gazetteer", version: 1, titles, entities });
}

describe("finding known names in Turkish text", () => {
  it("a Turkish locative with a lost apostrophe still finds Kazakhstan", () => {
    expect(mentions("Tataristanda okuyan öğrenciler Kazakistanda popüler.")).toEqual([
      "tatarstan:Tataristanda",
      "kazakhstan:Kazakistanda",
    ]);
  });

  it("every apostrophe style before a suffix is accepted: ' ’ ` ʼ", () => {
    for (const apostrophe of ["'", "’", "`", "ʼ"]) {
      expect(mentions(`Heyet Kazakistan${apostrophe}a gitti.`)).toEqual([
        `kazakhstan:Kazakistan${apostrophe}a`,
      ]);
    }
  });

  it("the longest alias wins: 'Rusya Federasyonu' is one mention, not 'Rusya' plus a word", () => {
    expect(mentions("Rusya Federasyonu ile görüşüldü.")).toEqual(["russia:Rusya Federasyonu"]);
  });

  it("a hyphen and a space are the same separator in a name, but 'Nursultan' is not the city", () => {
    expect(mentions("Heyet Nur-Sultan'a ve Nur Sultan'daki bakanlığa gitti.")).toEqual([
      "nur-sultan:Nur-Sultan'a",
      "nur-sultan:Nur Sultan'daki",
    ]);
    expect(mentions("Nursultan bey geldi.")).toEqual([]);
  });

  it("'Kazakistanlı' and 'Tatar' are a people, not places", () => {
    expect(mentions("Kazakistanlı öğrenciler Tatar kültürünü sevdi.")).toEqual([]);
  });

  it("'-ca' makes a language or a manner, not a case: 'Rusça' and 'Kazakistanca' are not the countries", () => {
    expect(mentions("Heyet Rusça ve Kazakistanca konuştu; Rusya'ya döndü.")).toEqual([
      "russia:Rusya'ya",
    ]);
  });

  it("a capitalised alias needs a capital in the text: the verb 'saran' is not the city Saran", () => {
    expect(mentions("Şehri saran sis dağıldı. Saran'da fabrika var.")).toEqual(["saran:Saran'da"]);
  });

  it("the rules generalise: a name nobody listed is found with its suffixes", () => {
    const gaz = tiny([
      { id: "zhezkazgan", type: "place", label: "Zhezkazgan", aliases: ["Jezkazgan"] },
    ]);
    expect(
      mentions("Jezkazganda, Jezkazgan'dan ve Jezkazgana gittiler; Jezkazganlı biri.", gaz),
    ).toEqual(["zhezkazgan:Jezkazganda", "zhezkazgan:Jezkazgan'dan", "zhezkazgan:Jezkazgana"]);
    // A wrong buffer consonant is not a suffix: "Jezkazganya" is not the dative.
    expect(mentions("Jezkazganya gittiler.", gaz)).toEqual([]);
  });

  it("an unlisted vowel-final name takes the buffer: 'Almatı'ya', 'Almatının', but not 'Almatıa'", () => {
    const gaz = tiny([{ id: "almaty", type: "place", label: "Almaty", aliases: ["Almatı"] }]);
    expect(mentions("Almatı'ya ve Almatının merkezine; Almatıa değil.", gaz)).toEqual([
      "almaty:Almatı'ya",
      "almaty:Almatının",
    ]);
  });

  it("a possessive common-noun alias takes the pronominal n: 'Karaganda bölgesine'", () => {
    expect(
      mentions("Heyet Karaganda bölgesine ve Karaganda bölgesindeki fabrikaya gitti."),
    ).toEqual(["karaganda-region:Karaganda bölgesine", "karaganda-region:Karaganda bölgesindeki"]);
  });

  it("all the seed's suffixed forms are found without curation", () => {
    const text = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8");
    const found = mentions(text);
    for (const form of [
      "kazakhstan:Kazakistanda",
      "tatneft:Tatneftin",
      "kamaz:KAMAZın",
      "minnikhanov:Rustam Minnikhanovun",
      "nur-sultan:Nur-Sultanın",
      "gabdulla-tukai:Gabdulla Tukainin",
      "tokayev:Kasım-Jomart Tokayevin",
      "tatarstan:Tataristanın",
      "minnikhanov:Rustam Minnikhanova",
      "kazinform:MIA Kazinforma",
      "gbnews:GBNewse",
    ]) {
      expect(found).toContain(form);
    }
  });
});

describe("titles that stand for a person", () => {
  const seed = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8");

  it("'Kazakistan devlet başkanı' is Tokayev, through the role fact 'leader of Kazakhstan'", () => {
    const found = mentions(seed);
    expect(found).toContain("tokayev:Kazakistan devlet başkanı");
    expect(found).toContain("tokayev:Kazakistan Cumhurbaşkanı");
    // The country inside the title is a mention of its own.
    expect(found.filter((m) => m === "kazakhstan:Kazakistan").length).toBeGreaterThanOrEqual(2);
  });

  it("'Tataristan Cumhurbaşkanı' is Minnikhanov and 'Kazakistanın Birinci Cumhurbaşkanı' is Nazarbayev", () => {
    const found = mentions(seed);
    expect(found).toContain("minnikhanov:Tataristan Cumhurbaşkanı");
    expect(found).toContain("minnikhanov:Tataristan Cumhuriyeti Cumhurbaşkanı");
    expect(found).toContain("nazarbayev:Kazakistanın Birinci Cumhurbaşkanı");
    expect(found).toContain("shaimiev:İlk Başkanımız");
  });

  it("a bare 'Devlet Başkanı' is whoever that title meant last, even before a name in the dative", () => {
    const found = mentions(seed);
    expect(found).toContain("tokayev:Devlet Başkanı");
    expect(found).toContain("tokayev:Devlet başkanı");
    expect(found).not.toContain("minnikhanov:Devlet başkanı");
  });

  it("a title before a name in the nominative names that person ('Cumhurbaşkanı X')", () => {
    const gaz = tiny(
      [
        { id: "utopia", type: "country", label: "Utopia", aliases: ["Ütopya"] },
        { id: "more", type: "leader", label: "Thomas More", aliases: ["Thomas More"] },
      ],
      [{ text: "Cumhurbaşkanı", relation: "leader_of" }],
    );
    const { document } = extractArticles(
      [{ id: "t", text: "Ütopya Cumhurbaşkanı Thomas More konuştu." }],
      gaz,
    );
    const more = document.entities.find((e) => e.id === "more")!;
    expect(more.mentions.map((m) => m.text)).toEqual(["Ütopya Cumhurbaşkanı", "Thomas More"]);
    expect(document.relations.map((r) => r.id)).toContain("r-more-leader_of-utopia");
  });
});

describe("names the gazetteer does not know", () => {
  it("become suggestions with a base form and a type from the context word, not entities", () => {
    const text =
      "Bakan dün Ekibastuz şehrinde Bogatyr şirketinin tesisini gezdi. Ayrıca Jambul bölgesine gitti.";
    const result = extractArticles([{ id: "t", text }], gazetteer);
    expect(result.document.entities).toEqual([]);
    const byId = Object.fromEntries(result.suggestions.map((s) => [s.id, s]));
    expect(byId["ekibastuz"]).toMatchObject({ base: "Ekibastuz", type: "place" });
    expect(byId["bogatyr"]).toMatchObject({ base: "Bogatyr", type: "company" });
    expect(byId["jambul"]).toMatchObject({ type: "place" });
    for (const s of result.suggestions) expect(s.confidence).toBeGreaterThan(0);
  });

  it("a suffix is stripped from the proposed base: 'Aktobe'ye' -> 'Aktobe'", () => {
    const result = extractArticles([{ id: "t", text: "Bakan dün Aktobe'ye gitti." }], gazetteer);
    expect(result.suggestions.map((s) => s.base)).toContain("Aktobe");
  });
});

describe("names written the way news writes them", () => {
  const file = JSON.parse(readFileSync("data/gazetteer.json", "utf8"));
  file.entities.push(
    { id: "thy", type: "company", label: "THY", aliases: ["THY"] },
    {
      id: "prefabrik",
      type: "company",
      label: "Prefabrik & Çelikyapı",
      aliases: ["Prefabrik & Çelikyapı"],
    },
    {
      id: "cavusoglu",
      type: "person",
      label: "Mevlüt Çavuşoğlu",
      aliases: ["Mevlüt Çavuşoğlu", "Çavuşoğlu"],
    },
  );
  const g = compileGazetteer(file);
  const texts = (text: string) =>
    extractArticles([{ id: "t", text }], g).document.entities.flatMap((e) =>
      e.mentions.map((m) => `${e.id}:${m.text}`),
    );

  it("an acronym takes the endings it is read with: 'THY'nin'", () => {
    expect(texts("Uçak THY'nin filosunda.")).toContain("thy:THY'nin");
  });

  it("a name ending in ı that is no compound takes plain endings: 'Çelikyapı'dan'", () => {
    expect(texts("Prefabrik & Çelikyapı'dan yatırım.")).toContain(
      "prefabrik:Prefabrik & Çelikyapı'dan",
    );
  });

  it("capitals typed without the dotted İ still match: 'RUSTAM MINNIHANOV'UN'", () => {
    expect(texts("RUSTAM MINNIHANOV'UN ZİYARETİ")).toContain("minnikhanov:RUSTAM MINNIHANOV'UN");
  });

  it("an initial before a surname belongs to the name: 'M. Çavuşoğlu', 'T.C.' with its stop", () => {
    const found = texts("T.C. Dışişleri Bakanı M. Çavuşoğlu geldi.");
    expect(found).toContain("cavusoglu:M. Çavuşoğlu");
    expect(found).toContain("turkey:T.C.");
  });
});
