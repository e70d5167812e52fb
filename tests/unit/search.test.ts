import { describe, expect, it } from "vitest";
import { searchEntities } from "../../src/store";
import type { SearchTier } from "../../src/store";
import { loadSeed } from "../helpers/seed";

const doc = loadSeed();
const ids = (q: string) => searchEntities(doc.entities, q).map((h) => h.entity.id);
const first = (q: string) => searchEntities(doc.entities, q)[0];

describe("searching for an entity on the seed article", () => {
  it("'tokay' finds Kassym-Jomart Tokayev by the start of his surname", () => {
    expect(ids("tokay")).toEqual(["tokayev"]);
    expect(first("tokay").tier).toBe("label");
  });

  it("ranks labels before aliases before parts of words", () => {
    const tiers = (q: string) =>
      Object.fromEntries(searchEntities(doc.entities, q).map((h) => [h.entity.id, h.tier]));
    // "Tatneft" and "Tatarstan" start with "ta"; Kazakhstan only contains it.
    const ta = tiers("ta");
    expect(ta.tatneft).toBe<SearchTier>("label");
    expect(ta.kazakhstan).toBe<SearchTier>("partial");
    expect(ids("ta").indexOf("tatarstan")).toBeLessThan(ids("ta").indexOf("kazakhstan"));
    // "Astana" is only an alias of Nur-Sultan.
    expect(first("astana")).toMatchObject({ tier: "alias", matched: "Astana" });
    expect(first("astana").entity.id).toBe("nur-sultan");
  });

  it("folds Turkish letters both ways: KAZAKİSTAN, kazakıstan and Kazakistan are one query", () => {
    for (const q of ["KAZAKİSTAN", "kazakıstan", "Kazakistan", "kazakistan"]) {
      expect(ids(q)[0]).toBe("kazakhstan");
    }
    expect(ids("Şaymiyev")).toEqual(["shaimiev"]);
    expect(ids("saymiyev")).toEqual(["shaimiev"]);
  });

  it("finds inflected forms whose apostrophe was lost", () => {
    expect(ids("minnikhanovun")).toEqual(["minnikhanov"]);
    expect(ids("Minnikhanov'un")).toEqual(["minnikhanov"]);
    expect(ids("Minnikhanov’un")).toEqual(["minnikhanov"]);
    expect(ids("KAMAZın")).toEqual(["kamaz"]);
    expect(ids("rusyaya")).toEqual(["russia"]);
    expect(ids("Karagandı bölgesinde")).toEqual(["karaganda-region"]);
  });

  it("puts the entity a whole inflected name belongs to before those that merely contain it", () => {
    // "Tatarstanda" is Tatarstan; the projects named after it come after.
    const found = ids("tatarstanda");
    expect(found[0]).toBe("tatarstan");
    expect(found).toContain("tatarstan-culture-days");
    expect(first("tatarstanda").tier).toBe("label");
  });

  it("does not take just any ending for a case suffix", () => {
    expect(ids("minnikhanovxyz")).toEqual([]);
    // -lı makes a new word (someone from Tatarstan); it is not a form of the place.
    expect(ids("tatarstanlı")).toEqual([]);
    // "Saran" inflected is Saran, never Sarantı.
    expect(ids("sarantı")).toEqual([]);
    // A stem must be a whole word of the name: "kama" + "zın" is not KAMAZ inflected.
    expect(ids("kamazxın")).toEqual([]);
  });

  it("a single letter matches only the starts of names, not every name containing it", () => {
    const found = searchEntities(doc.entities, "k");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((h) => h.tier === "label" || h.tier === "alias")).toBe(true);
    expect(ids("k")).not.toContain("tatneft");
  });

  it("searches only among the entities it is given to consider", () => {
    const noCompanies = searchEntities(doc.entities, "kamaz", (e) => e.type !== "company");
    expect(noCompanies).toEqual([]);
    expect(ids("")).toEqual([]);
    expect(ids("   ")).toEqual([]);
  });
});
