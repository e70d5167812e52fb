// Regenerates the "countries" section of data/gazetteer.json from the i18n-iso-countries package
// (Turkish and English names), keeping the hand-written sections as they are.
//   npx tsx src/extract/buildGazetteerCountries.ts [data/gazetteer.json]
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import tr from "i18n-iso-countries/langs/tr.json";
import { GAZETTEER_FORMAT } from "./gazetteer";
import { readTextFileSync, writeTextFileSync } from "./node";
import type { GazetteerEntry } from "./gazetteer";

countries.registerLocale(en);
countries.registerLocale(tr);

/** English names the package gives only in their long official form. */
const LABELS: Record<string, string> = {
  GB: "United Kingdom",
  US: "United States",
  SY: "Syria",
  LA: "Laos",
  MD: "Moldova",
  VA: "Vatican City",
  FM: "Micronesia",
  CZ: "Czechia",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  PS: "Palestine",
  KR: "South Korea",
  TW: "Taiwan",
  BO: "Bolivia",
  VE: "Venezuela",
  IR: "Iran",
  TZ: "Tanzania",
  MK: "North Macedonia",
  TR: "Turkey",
};

export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A plain, everyday name: no comma or parentheses, not an acronym, not "X, Republic of". */
function plain(name: string): boolean {
  return !/[,()]/.test(name) && !/^[A-Z.]+$/.test(name);
}

export function buildCountries(): GazetteerEntry[] {
  const en = countries.getNames("en", { select: "all" });
  const tr = countries.getNames("tr", { select: "all" });
  const out: GazetteerEntry[] = [];
  const used = new Set<string>();
  for (const code of Object.keys(en).sort()) {
    const english = en[code] ?? [];
    const turkish = tr[code] ?? [];
    const label =
      LABELS[code] ??
      [...english].filter(plain).sort((a, b) => a.length - b.length)[0] ??
      english[0];
    let id = slug(label);
    if (used.has(id)) id = `${id}-${code.toLowerCase()}`;
    used.add(id);
    // Two-letter codes ("US", "UK") are too often something else; dotted acronyms are kept.
    const aliases = [...new Set([...turkish, ...english])]
      .filter((a) => a !== label && (a.length > 2 || a.includes(".")))
      .flatMap((a) => (a.includes(" - ") ? [a, a.split(" - ")[0]] : [a]));
    out.push({
      id,
      type: "country",
      label,
      aliases: [...new Set(aliases)],
      attributes: { iso: code },
      roles: [],
      facts: [],
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function main(file: string) {
  let existing: Record<string, unknown> = {
    format: GAZETTEER_FORMAT,
    version: 1,
    titles: [],
    entities: [],
  };
  try {
    existing = JSON.parse(readTextFileSync(file)) as Record<string, unknown>;
  } catch {
    // A fresh gazetteer.
  }
  const next = { ...existing, countries: buildCountries() };
  writeTextFileSync(file, JSON.stringify(next, null, 2) + "\n");
  console.log(`${file}: ${next.countries.length} countries`);
}

if (/buildGazetteerCountries\.ts$/u.test(process.argv[1] ?? "")) {
  main(process.argv[2] ?? "data/gazetteer.json");
}
