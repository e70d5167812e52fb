import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/model/vocabulary";
import { GOLD_DIR, loadGold, readArticle } from "../eval/gold";
import type { GoldArticle } from "../eval/gold";
import { SPECS, buildArticle } from "../eval/buildGold";

const golds = loadGold();

describe("The gold annotations", () => {
  it("cover the seed and articles of our own, tuned on some (an unseen split may be empty between rounds)", () => {
    const sources = golds.map((g) => g.source);
    expect(sources).toContain("000_d7abfb82a5c11602");
    expect(sources.length).toBeGreaterThanOrEqual(4);
    expect(golds.find((g) => g.source === "000_d7abfb82a5c11602")?.split).toBe("tune");
    expect(golds.filter((g) => g.split === "tune").length).toBeGreaterThanOrEqual(22);
    for (const g of golds) expect(["tune", "unseen"]).toContain(g.split);
  });

  it("count the articles rule authors read in the first round of issue 8 (202-210) as tuning articles", () => {
    const read = golds.filter((g) => /^(202|204|206|208|210)_/.test(g.source));
    expect(read.map((g) => g.split)).toEqual(["tune", "tune", "tune", "tune", "tune"]);
  });

  it("count the second round's unseen articles (301-308), read in the third round, as tuning articles", () => {
    const read = golds.filter((g) => /^30[1-8]_/.test(g.source));
    expect(read).toHaveLength(8);
    expect(new Set(read.map((g) => g.split))).toEqual(new Set(["tune"]));
  });

  it("count the third round's unseen articles (311-318), opened to rule authors in the fourth round, as tuning articles", () => {
    const read = golds.filter((g) => /^31[1-8]_/.test(g.source));
    expect(read).toHaveLength(8);
    expect(new Set(read.map((g) => g.split))).toEqual(new Set(["tune"]));
  });

  it("count the fourth round's unseen articles (321-328), opened to rule authors in the fifth round, as tuning articles", () => {
    const read = golds.filter((g) => /^32[1-8]_/.test(g.source));
    expect(read.map((g) => g.source.slice(0, 3))).toEqual([
      "321",
      "322",
      "323",
      "324",
      "325",
      "326",
      "327",
      "328",
    ]);
    expect(new Set(read.map((g) => g.split))).toEqual(new Set(["tune"]));
  });

  it("keep the fifth round's new articles (331-338) in the unseen split, where no rule is tuned on them", () => {
    const fresh = golds.filter((g) => /^33[1-8]_/.test(g.source));
    expect(fresh.map((g) => g.source.slice(0, 3))).toEqual([
      "331",
      "332",
      "333",
      "334",
      "335",
      "336",
      "337",
      "338",
    ]);
    expect(new Set(fresh.map((g) => g.split))).toEqual(new Set(["unseen"]));
  });

  describe.each(golds.map((g) => [g.source, g] as [string, GoldArticle]))("%s", (_source, gold) => {
    const text = readArticle(gold.source);

    it("quotes every mention exactly as the article has it at that span", () => {
      for (const m of gold.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeGreaterThan(m.start);
        expect({ entity: m.entity, text: text.slice(m.start, m.end) }).toEqual({
          entity: m.entity,
          text: m.text,
        });
      }
    });

    it("lets every mention cover whole words, suffix included", () => {
      const letter = /[\p{L}\p{N}\p{M}]/u;
      for (const m of gold.mentions) {
        const glued = letter.test(text[m.start - 1] ?? "") || letter.test(text[m.end] ?? "");
        expect(glued ? `${m.entity} "${m.text}" cuts a word` : "ok").toBe("ok");
      }
    });

    it("gives sentences in order, without overlap, each without surrounding whitespace", () => {
      let previousEnd = 0;
      for (const s of gold.sentences) {
        const sentence = text.slice(s.start, s.end);
        expect(sentence.length).toBeGreaterThan(0);
        expect(sentence).toBe(sentence.trim());
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(text.slice(previousEnd, s.start).trim()).toBe("");
        previousEnd = s.end;
      }
      expect(text.slice(previousEnd).trim()).toBe("");
    });

    it("puts every mention inside one sentence", () => {
      for (const m of gold.mentions) {
        const inside = gold.sentences.some((s) => s.start <= m.start && m.end <= s.end);
        expect(inside ? "ok" : `${m.entity} "${m.text}" crosses a sentence boundary`).toBe("ok");
      }
    });

    it("uses only the entity and relation types of the vocabulary, and never co_occurs", () => {
      for (const m of gold.mentions) expect(ENTITY_TYPES).toContain(m.type);
      for (const r of gold.relations) {
        expect(RELATION_TYPES).toContain(r.type);
        expect(r.type).not.toBe("co_occurs");
      }
    });

    it("gives each entity one type throughout", () => {
      const types = new Map<string, Set<string>>();
      for (const m of gold.mentions)
        types.set(m.entity, (types.get(m.entity) ?? new Set()).add(m.type));
      for (const [entity, set] of types) expect(set.size, `types of ${entity}`).toBe(1);
    });

    it("mentions both ends of every relation at least once, or names it by an adjective it quotes", () => {
      const mentioned = new Set(gold.mentions.map((m) => m.entity));
      for (const i of gold.implied ?? []) {
        expect(text, `${i.entity} implied by "${i.phrase}"`).toContain(i.phrase);
        expect(ENTITY_TYPES).toContain(i.type);
        expect(mentioned.has(i.entity), `${i.entity} is mentioned, so not implied`).toBe(false);
        mentioned.add(i.entity);
      }
      for (const r of gold.relations) {
        expect(mentioned, `${r.type} ${r.source} -> ${r.target}`).toContain(r.source);
        expect(mentioned, `${r.type} ${r.source} -> ${r.target}`).toContain(r.target);
      }
    });

    it("has no duplicate mention or relation", () => {
      const mentions = gold.mentions.map((m) => `${m.entity}@${m.start}-${m.end}`);
      expect(new Set(mentions).size).toBe(mentions.length);
      const relations = gold.relations.map((r) => `${r.type} ${r.source} ${r.target}`);
      expect(new Set(relations).size).toBe(relations.length);
    });

    it("is what tests/eval/buildGold.ts computes from its annotations, so nobody edited offsets by hand", () => {
      const spec = SPECS.find((s) => s.source === gold.source);
      expect(spec, "an annotation in tests/eval/buildGold.ts").toBeDefined();
      expect(gold).toEqual(buildArticle(spec!, text));
    });
  });

  it("keeps the seed's ids, types, mentions and typed relations those of the hand-curated seed graph", () => {
    const seed = golds.find((g) => g.source === "000_d7abfb82a5c11602")!;
    const ids = new Set(seed.mentions.map((m) => m.entity));
    for (const id of [
      "tokayev",
      "minnikhanov",
      "shaimiev",
      "nazarbayev",
      "gabdulla-tukai",
      "kazakhstan",
      "russia",
      "tatarstan",
      "karaganda-region",
      "saran",
      "nur-sultan",
      "tatneft",
      "kamaz",
      "kazinform",
      "gbnews",
      "saran-tyre-factory",
      "kazakh-students-in-tatarstan",
      "tatarstan-culture-days",
      "tukai-street",
      "kazakhstan-tatarstan-cooperation",
      "joint-anti-pandemic-effort",
    ]) {
      expect(ids).toContain(id);
    }
    expect(seed.mentions.find((m) => m.entity === "tatarstan")?.type).toBe("place");
    // The Tatar president is Minnikhanov, "Nursultan" is Nazarbayev's first name, not the city.
    expect(seed.mentions.filter((m) => m.entity === "nur-sultan").map((m) => m.text)).toEqual([
      "Nur-Sultanın",
    ]);
    expect(readFileSync(join(GOLD_DIR, `${seed.source}.json`), "utf8")).toContain('"KAMAZın"');
  });
});
