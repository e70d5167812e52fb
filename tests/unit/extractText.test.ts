import { describe, expect, it } from "vitest";
import { foldTr, isBoundary, prepareText, tokenize } from "../../src/extract/text";
import { suffixesFor } from "../../src/extract/suffixes";

describe("Turkish text handling", () => {
  it("folding 'İSTANBUL' and 'Iğdır' keeps every offset where it was", () => {
    const text = "İSTANBUL, Iğdır ve İzmir";
    const folded = foldTr(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("istanbul, ığdır ve izmir");
    // Plain toLowerCase turns İ into two code units and shifts everything after it.
    expect(text.toLowerCase().length).toBeGreaterThan(text.length);
  });

  it("an İ typed as I plus a combining dot becomes one character before anything is matched", () => {
    const decomposed = "I\u0307stanbul";
    expect(prepareText(decomposed)).toBe("İstanbul");
    expect(prepareText("\uFEFFa\r\nb")).toBe("a\nb");
  });

  it("a word boundary sees Turkish letters as letters, unlike JavaScript's \\b", () => {
    const text = "Kazakistanın";
    // \b wrongly finds a boundary before "ı" (a non-ASCII letter).
    expect(/Kazakistan\b/.test(text)).toBe(true);
    expect(isBoundary(text, "Kazakistan".length)).toBe(false);
    expect(isBoundary(text, text.length)).toBe(true);
    expect(isBoundary("Kazakistan'da", 10)).toBe(true);
  });

  it("'Kazakistan’da' is two tokens split by the apostrophe, 'Nur-Sultan' two split by the hyphen", () => {
    expect(tokenize("Kazakistan’da").map((t) => t.text)).toEqual(["Kazakistan", "da"]);
    expect(tokenize("Nur-Sultan").map((t) => t.text)).toEqual(["Nur", "Sultan"]);
  });
});

describe("case suffixes generated from the rules", () => {
  it("a vowel-final name takes its buffer consonant: Tukai-nin, Tukai-ye, never Tukai-in", () => {
    const s = suffixesFor("tukai");
    expect(s.get("nin")?.case).toBe("genitive");
    expect(s.get("ye")?.case).toBe("dative");
    expect(s.get("yle")?.case).toBe("instrumental");
    expect(s.has("in")).toBe(false);
    expect(s.has("e")).toBe(false);
  });

  it("a consonant-final name takes none: Minnikhanov-un, Minnikhanov-a, never Minnikhanov-nun", () => {
    const s = suffixesFor("minnikhanov");
    expect(s.get("un")).toMatchObject({ case: "genitive", confidence: 1 });
    expect(s.get("a")).toMatchObject({ case: "dative", confidence: 1 });
    expect(s.has("nun")).toBe(false);
    expect(s.has("ya")).toBe(false);
  });

  it("vowel harmony is lenient but a disagreeing vowel costs confidence (GBNews'a is odd, not wrong)", () => {
    const s = suffixesFor("gbnews");
    expect(s.get("e")?.confidence).toBe(1);
    expect(s.get("a")?.confidence).toBeLessThan(1);
    expect(s.get("a")?.case).toBe("dative");
  });

  it("the locative turns d into t after a voiceless consonant: Tatneft'te, Tatneft'ten", () => {
    const s = suffixesFor("tatneft");
    expect(s.get("te")).toMatchObject({ case: "locative", confidence: 1 });
    expect(s.get("ten")).toMatchObject({ case: "ablative", confidence: 1 });
    expect(s.get("de")!.confidence).toBeLessThan(1);
    expect(suffixesFor("ankara").get("da")?.confidence).toBe(1);
  });

  it("-ki and the plural are generated too: Kazakistan'daki, Türklerin", () => {
    expect(suffixesFor("kazakistan").get("daki")?.case).toBe("relative");
    expect(suffixesFor("türk").get("lerin")).toMatchObject({ plural: true, case: "genitive" });
  });

  it("a possessive compound takes the pronominal n: bölgesi-ne, bölgesi-nde", () => {
    const s = suffixesFor("bölgesi", true);
    expect(s.get("ne")?.case).toBe("dative");
    expect(s.get("nde")?.case).toBe("locative");
    expect(s.has("ye")).toBe(false);
  });

  it("derivations are not case suffixes: no -lı, -li, -ca in any list", () => {
    for (const stem of ["kazakistan", "tatar", "tukai", "bölgesi"]) {
      const s = suffixesFor(stem, stem === "bölgesi");
      for (const d of ["lı", "li", "lu", "lü", "ca", "ce", "ça", "çe", "lık"])
        expect(s.has(d)).toBe(false);
    }
  });
});

describe("the extractor runs in the browser too", () => {
  it("no module of src/extract but the command line and file helpers imports node:", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const nodeOnly = new Set(["node.ts", "cli.ts", "buildGazetteerCountries.ts"]);
    for (const name of readdirSync("src/extract")) {
      if (nodeOnly.has(name) || !name.endsWith(".ts")) continue;
      const source = readFileSync(`src/extract/${name}`, "utf8");
      expect(source, name).not.toMatch(/from\s+["']node:|from\s+["']\.\/(node|cli)["']/u);
    }
  });
});
