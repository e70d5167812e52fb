import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, parseDocument, problemToString } from "../../src/model";
import type { Entity, EntityType, GraphDocument, Relation } from "../../src/model";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ARTICLE_ID = "000_d7abfb82a5c11602";

function readArticle(id: string): string {
  return readFileSync(resolve(ROOT, "data/articles", `${id}.txt`), "utf8");
}

function loadSeed(): GraphDocument {
  const raw: unknown = JSON.parse(readFileSync(resolve(ROOT, "data/graph.json"), "utf8"));
  const result = parseDocument(raw);
  if (!result.ok) throw new Error(result.problems.map(problemToString).join("\n"));
  return result.document;
}

const seed = loadSeed();
const article = readArticle(ARTICLE_ID);
const entity = (id: string): Entity => {
  const found = seed.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity "${id}" in the seed`);
  return found;
};
const mentionTexts = (id: string) => entity(id).mentions.map((m) => m.text);

/** Whole words of the article that start with `prefix`, with their offsets. */
function wordsStartingWith(prefix: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (const m of article.matchAll(new RegExp(`${prefix}\\p{L}*`, "gu"))) {
    const before = m.index > 0 ? article[m.index - 1] : "";
    if (!/\p{L}/u.test(before)) out.push({ start: m.index, text: m[0] });
  }
  return out;
}

describe("the shipped seed graph (data/graph.json)", () => {
  it("loads in the app without a single problem", () => {
    const raw: unknown = JSON.parse(readFileSync(resolve(ROOT, "data/graph.json"), "utf8"));
    const result = parseDocument(raw);
    expect(result.ok ? [] : result.problems.map(problemToString)).toEqual([]);
    expect(seed.format).toBe("relgraph");
    expect(seed.title).toMatch(/Tokayev meets Minnikhanov/);
  });

  it("carries the Turkish article exactly as it is on disk, untrimmed", () => {
    expect(seed.sources).toHaveLength(1);
    const [source] = seed.sources;
    expect(source.id).toBe(ARTICLE_ID);
    expect(source.language).toBe("tr");
    expect(source.publisher).toBe("GBNews (citing MIA Kazinform)");
    expect(source.text).toBe(article);
    expect(source.text.startsWith(" MIA Kazinforma")).toBe(true);
  });

  it("highlights exactly the written words when a reader clicks any mention", () => {
    for (const e of seed.entities) {
      for (const m of e.mentions) {
        const onDisk = readArticle(m.source);
        expect(onDisk.slice(m.start, m.end), `${e.id} at ${m.start}-${m.end}`).toBe(m.text);
      }
    }
  });

  it("marks every entity at least once and connects it to something", () => {
    for (const e of seed.entities) {
      expect(e.mentions.length, e.id).toBeGreaterThan(0);
      expect(
        seed.relations.some((r) => r.source === e.id || r.target === e.id),
        e.id,
      ).toBe(true);
    }
  });

  it("marks suffixed names whole, even where the apostrophe was lost", () => {
    const suffixed: [string, string][] = [
      ["kazakhstan", "Kazakistanda"],
      ["kazakhstan", "Kazakistanın"],
      ["tatarstan", "Tataristanda"],
      ["tatarstan", "Tataristanın"],
      ["tatneft", "Tatneftin"],
      ["kamaz", "KAMAZın"],
      ["minnikhanov", "Minnikhanovun"],
      ["minnikhanov", "Rustam Minnikhanova"],
      ["nur-sultan", "Nur-Sultanın"],
      ["gabdulla-tukai", "Tukainin"],
      ["tokayev", "Tokayevin"],
    ];
    for (const [id, form] of suffixed) {
      const texts = mentionTexts(id);
      expect(
        texts.some((t) => t === form || t.endsWith(` ${form}`)),
        `${id} should have a mention "${form}", has ${JSON.stringify(texts)}`,
      ).toBe(true);
    }
  });

  it("knows which president a title alone stands for", () => {
    expect(mentionTexts("tokayev")).toEqual(
      expect.arrayContaining([
        "Kazakistan devlet başkanı",
        "Kazakistan Cumhurbaşkanı",
        "Devlet Başkanı",
        "Devlet başkanı",
      ]),
    );
    expect(mentionTexts("minnikhanov")).toEqual(
      expect.arrayContaining(["Tataristan Cumhuriyeti Cumhurbaşkanı", "Tataristan Cumhurbaşkanı"]),
    );
    expect(mentionTexts("shaimiev")).toEqual(
      expect.arrayContaining(["İlk Başkanımız", "Mintimer Şaripovich Şaimiev"]),
    );
    expect(mentionTexts("nazarbayev")).toEqual(
      expect.arrayContaining(["Kazakistanın Birinci Cumhurbaşkanı", "Nursultan Abishevich"]),
    );
  });

  it("marks every occurrence of Kazakhstan, but not the adjective 'Kazakistanlı'", () => {
    const expected = wordsStartingWith("Kazakistan").filter((w) => w.text !== "Kazakistanlı");
    const marked = entity("kazakhstan").mentions.map((m) => ({ start: m.start, text: m.text }));
    expect(marked).toEqual(expected);
  });

  it("marks every occurrence of Tatarstan, but not the word 'Tatar'", () => {
    const starts = new Set(entity("tatarstan").mentions.map((m) => m.start));
    for (const w of wordsStartingWith("Tataristan")) expect(starts.has(w.start), w.text).toBe(true);
    const allMentions = seed.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(allMentions).not.toContain("Tatar");
    expect(allMentions).not.toContain("Kazakistanlı");
  });

  it("shows a whole sentence of the article as the evidence of every relation", () => {
    for (const r of seed.relations) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        const text = readArticle(ev.source);
        const where = `${r.id} at ${ev.start}-${ev.end}`;
        expect(ev.end, where).toBeLessThanOrEqual(text.length);
        const sentence = text.slice(ev.start, ev.end);
        // Starts a sentence: at the top of the text or after a full stop, with a capital letter.
        expect(text.slice(0, ev.start).trimEnd(), where).toMatch(/(^|[.!?])$/);
        expect(sentence, where).toMatch(/^\p{Lu}/u);
        // Ends one: on its final punctuation, and no sentence break inside.
        expect(sentence, where).toMatch(/[.!?]$/);
        expect(text.slice(ev.end, ev.end + 1), where).toMatch(/^(\s|)$/);
        expect(sentence.slice(0, -1), where).not.toMatch(/[.!?](\s|$)/);
      }
    }
  });

  it("puts every trigger word inside its evidence sentence", () => {
    for (const r of seed.relations) {
      for (const ev of r.evidence) {
        for (const t of ev.triggers ?? []) {
          expect(t.start, r.id).toBeGreaterThanOrEqual(ev.start);
          expect(t.end, r.id).toBeLessThanOrEqual(ev.end);
          expect(t.end, r.id).toBeGreaterThan(t.start);
        }
      }
    }
    const meeting = seed.relations.find((r) => r.id === "r-tokayev-met_with-minnikhanov");
    const [trigger] = meeting?.evidence[0].triggers ?? [];
    expect(article.slice(trigger.start, trigger.end)).toBe("görüştü");
  });

  // A sentence may name one end only through the speaker ("ana ortağımız", our main partner, in
  // Tokayev's words), so each sentence must name one end and some sentence must name both.
  it("names both ends of a relation in its evidence, unless the relation says what it rests on", () => {
    const namedIn = (id: string, ev: Relation["evidence"][number]) => {
      const e = entity(id);
      if (e.mentions.some((m) => m.start >= ev.start && m.end <= ev.end)) return true;
      const sentence = article.slice(ev.start, ev.end).toLocaleLowerCase("tr");
      return [e.label, ...e.aliases].some((name) =>
        sentence.includes(name.toLocaleLowerCase("tr")),
      );
    };
    for (const r of seed.relations) {
      const ends = [r.source, r.target];
      for (const ev of r.evidence) {
        expect(
          ends.some((end) => namedIn(end, ev)),
          `${r.id} at ${ev.start}`,
        ).toBe(true);
      }
      if (r.attributes.basis === undefined) {
        const both = r.evidence.some((ev) => ends.every((end) => namedIn(end, ev)));
        expect(both, `${r.id} names both ends in no sentence`).toBe(true);
      } else {
        expect(r.attributes.basis, r.id).toMatch(/^(background knowledge|implicit reference)$/);
      }
    }
  });

  it("says that the capital and the regions come from background knowledge", () => {
    const basis = (id: string) => seed.relations.find((r) => r.id === id)?.attributes.basis;
    expect(basis("r-nur-sultan-capital_of-kazakhstan")).toBe("background knowledge");
    expect(basis("r-karaganda-region-part_of-kazakhstan")).toBe("background knowledge");
    expect(basis("r-tatarstan-part_of-russia")).toBe("background knowledge");
    expect(basis("r-tokayev-met_with-minnikhanov")).toBeUndefined();
  });

  it("has the people, places and projects of the article, by type", () => {
    const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<
      EntityType,
      number
    >;
    for (const e of seed.entities) counts[e.type] += 1;
    expect(counts).toEqual({
      leader: 4,
      person: 1,
      country: 2,
      place: 4,
      company: 2,
      organisation: 2,
      project: 6,
    });
    const idsOf = (type: EntityType) =>
      seed.entities
        .filter((e) => e.type === type)
        .map((e) => e.id)
        .sort();
    expect(idsOf("leader")).toEqual(["minnikhanov", "nazarbayev", "shaimiev", "tokayev"]);
    expect(idsOf("country")).toEqual(["kazakhstan", "russia"]);
    expect(idsOf("place")).toEqual(["karaganda-region", "nur-sultan", "saran", "tatarstan"]);
    expect(entity("tatarstan").attributes.kind).toBe("republic of the Russian Federation");
  });

  it("files KAMAZ and Tatneft under Company", () => {
    const companies = seed.entities.filter((e) => e.type === "company").map((e) => e.label);
    expect(companies.sort()).toEqual(["KAMAZ", "Tatneft"]);
  });

  it("states the relations the article is about", () => {
    const has = new Set(seed.relations.map((r) => `${r.source} ${r.type} ${r.target}`));
    const expected = [
      "tokayev met_with minnikhanov",
      "tokayev leader_of kazakhstan",
      "minnikhanov leader_of tatarstan",
      "minnikhanov visited kazakhstan",
      "minnikhanov visited karaganda-region",
      "saran-tyre-factory located_in saran",
      "saran located_in karaganda-region",
      "karaganda-region part_of kazakhstan",
      "tatarstan part_of russia",
      "kazakhstan cooperates_with russia",
      "kazakhstan cooperates_with tatarstan",
      "tatneft operates_in kazakhstan",
      "kamaz operates_in kazakhstan",
      "kazakh-students-in-tatarstan held_in tatarstan",
      "kazakh-students-in-tatarstan involves kazakhstan",
      "tatarstan-culture-days held_in kazakhstan",
      "tatarstan-culture-days involves tatarstan",
      "tukai-street located_in nur-sultan",
      "gabdulla-tukai commemorated_in tukai-street",
      "nur-sultan capital_of kazakhstan",
      "shaimiev former_leader_of tatarstan",
      "nazarbayev former_leader_of kazakhstan",
      "shaimiev cooperates_with nazarbayev",
      "gbnews cites kazinform",
      "kazakhstan-tatarstan-cooperation involves kazakhstan",
      "kazakhstan-tatarstan-cooperation involves tatarstan",
      "joint-anti-pandemic-effort involves kazakhstan",
      "joint-anti-pandemic-effort involves tatarstan",
    ];
    for (const triple of expected) expect(has.has(triple), triple).toBe(true);
    for (const r of seed.relations) expect(r.id).toBe(`r-${r.source}-${r.type}-${r.target}`);
  });

  it("links entities named in one sentence weakly, counted, with each shared sentence as evidence", () => {
    const weak = seed.relations.filter((r) => r.type === "co_occurs");
    expect(weak.length).toBeGreaterThan(0);
    const byId = new Map(seed.entities.map((e) => [e.id, e]));
    for (const r of weak) {
      expect(r.directed).toBe(false);
      expect(r.attributes.count).toBe(r.evidence.length);
      for (const ev of r.evidence) {
        // both ends are mentioned inside the sentence given as evidence
        for (const end of [r.source, r.target]) {
          const inside = byId
            .get(end)!
            .mentions.some((m) => m.start >= ev.start && m.end <= ev.end);
          expect(inside, `${r.id}: ${end} in ${ev.start}-${ev.end}`).toBe(true);
        }
      }
    }
  });

  it("has no saved layout, so the app lays it out", () => {
    expect(seed.positions).toBeUndefined();
  });
});
