// Names the gazetteer does not know come back as suggestions a person can accept: with the base
// form a reader would write, a type read from the name's shape or its title, and the relations
// the sentence gives them, waiting for acceptance.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileGazetteer, extractArticles } from "../../src/extract/index";
import type { Suggestion } from "../../src/extract/index";

const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));

function suggestions(text: string): Suggestion[] {
  return extractArticles([{ id: "t", text }], gazetteer).suggestions;
}
const find = (text: string, base: string) => suggestions(text).find((s) => s.base === base);

describe("suggestions for names the gazetteer does not know", () => {
  it("a person named after an office's title is that office's holder, the office waiting as a relation", () => {
    const s = find("Kırgızistan Cumhurbaşkanı Sadır Caparov konuştu.", "Sadır Caparov");
    expect(s).toMatchObject({ type: "leader" });
    expect(s?.relations).toEqual([
      expect.objectContaining({ type: "leader_of", target: "kyrgyzstan" }),
    ]);
    const envoy = find("Türkiye Büyükelçisi Cahit Bağcı geldi.", "Cahit Bağcı");
    expect(envoy).toMatchObject({ type: "person" });
    expect(envoy?.relations).toEqual([
      expect.objectContaining({ type: "official_of", target: "turkey" }),
    ]);
  });

  it("a title with no owner before it still types the name, with no relation to wait for", () => {
    const s = find("Dün Genel Sekreteri Büyükelçi Ali Veli açıklama yaptı.", "Ali Veli");
    expect(s).toMatchObject({ type: "person" });
    expect(s?.relations).toBeUndefined();
  });

  it("the head word types the name: a forum or summit is a project, a university an organisation, an airport a place", () => {
    const forum = find("Dün Kazakistan’da Astana Ekonomi Forumu başladı.", "Astana Ekonomi Forumu");
    expect(forum?.type).toBe("project");
    expect(forum?.relations).toEqual([
      expect.objectContaining({ type: "held_in", target: "kazakhstan" }),
    ]);
    expect(find("Öğrenciler Manas Üniversitesi'nde okuyor.", "Manas Üniversitesi")?.type).toBe(
      "organisation",
    );
    expect(find("Yolcular Manas Havalimanı'na indi.", "Manas Havalimanı")?.type).toBe("place");
    expect(find("Bilet Türk Hava Yolları'ndan alındı.", "Türk Hava Yolları")?.type).toBe("company");
  });

  it("a name built on known ones keeps them: 'Türkiye-Özbekistan Karma Ekonomik Komisyonu'", () => {
    const s = find(
      "Türkiye-Özbekistan Karma Ekonomik Komisyonu’nun toplantısı yapıldı.",
      "Türkiye-Özbekistan Karma Ekonomik Komisyonu",
    );
    expect(s?.type).toBe("organisation");
  });

  it("takes off a suffix after an apostrophe, and without one only when the article has the shorter form", () => {
    expect(find("Heyet dün Semerkant’a gitti.", "Semerkant")).toBeDefined();
    // "Konya" alone: the final a is not a dative.
    expect(find("Heyet dün Konya merkezli şirketi gezdi.", "Konya")).toBeDefined();
    // "Çavuşoğluna" beside "Çavuşoğlu": the article has the base.
    const text = "Dün Çavuşoğlu konuştu. Toplantıda Çavuşoğluna teşekkür edildi.";
    expect(suggestions(text).map((s) => s.base)).toEqual(["Çavuşoğlu"]);
  });

  it("a dateline in capitals is a place, a surname after an initial a person, a first name before a known surname another person", () => {
    expect(find("TAŞKENT, 14 Nisan\n\nHeyet geldi.", "TAŞKENT")?.type).toBe("place");
    expect(find("Bakan M. Çavuşoğlu geldi.", "Çavuşoğlu")?.type).toBe("person");
    expect(find("Törende Emine Erdoğan konuştu.", "Emine Erdoğan")?.type).toBe("person");
  });

  it("a facility named by what it makes is a project, located where the sentence puts it", () => {
    const s = find(
      "Şirket, Kazakistan’da otobüs montaj fabrikasıyla üretime geçti.",
      "otobüs montaj fabrikası",
    );
    expect(s).toMatchObject({ type: "project" });
    expect(s?.relations).toEqual([
      expect.objectContaining({ type: "located_in", target: "kazakhstan" }),
    ]);
    // A fabric in general ("bir fabrika") or with only an adjective before it is no name.
    expect(suggestions("Yeni bir fabrika açıldı, modern fabrikası büyük.")).toEqual([]);
  });

  it("a relative case ends a name: 'Bişkekteki Kırgız-Türk Manas Üniversitesi' is two names", () => {
    const bases = suggestions("Bişkekteki Kırgız-Türk Manas Üniversitesi büyüyor.").map(
      (s) => s.base,
    );
    expect(bases).toContain("Kırgız-Türk Manas Üniversitesi");
  });
});
