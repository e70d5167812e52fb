// Synthetic graph documents for the benchmark: typed entities with news-like labels, about two
// relations per entity, and saved positions for every entity, so neither the app nor the bare
// page runs a layout. Deterministic for a seed.
//
// As a CLI: `npx tsx tests/bench/generate.ts 5000 out.json [--seed=1]`.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ENTITY_TYPES, FORMAT, FORMAT_VERSION } from "../../src/model";
import type { EntityType, RelationType } from "../../src/model";

export interface GenerateOptions {
  entities: number;
  seed?: number;
}

/** The JSON as written to disk: what a person would save, before the schema fills defaults. */
export interface SyntheticDocument {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  title: string;
  description: string;
  entities: {
    id: string;
    type: EntityType;
    label: string;
    aliases?: string[];
    attributes?: Record<string, string | number>;
  }[];
  relations: { id: string; type: RelationType; source: string; target: string }[];
  positions: Record<string, { x: number; y: number }>;
}

/** mulberry32: tiny, fast and good enough to make the same graph for the same seed everywhere. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** Shares of each type in a news corpus: many people, companies and places, few countries. */
const TYPE_WEIGHTS: Record<EntityType, number> = {
  leader: 0.05,
  person: 0.24,
  country: 0.04,
  place: 0.16,
  company: 0.19,
  organisation: 0.14,
  project: 0.18,
};

// prettier-ignore
const SYLLABLES = [
  "ka", "za", "khs", "tan", "ta", "tar", "min", "ni", "kha", "nov", "to", "yev", "sa", "ran",
  "ga", "ra", "gan", "da", "as", "ta", "na", "al", "ma", "ty", "ba", "ku", "er", "bol", "sul",
  "kaz", "an", "ne", "ft", "ek", "me", "der", "ul", "lan", "su", "mur", "at", "bek", "zhan",
];
// prettier-ignore
const FIRST_NAMES = [
  "Kassym-Jomart", "Rustam", "Nursultan", "Aigerim", "Dinara", "Marat", "Gulnara", "Yerlan",
  "Askar", "Saule", "Timur", "Aliya", "Bakhyt", "Zhanna", "Ilnur", "Radik", "Elmira", "Farid",
  "Mehmet", "Ayşe", "Gabdulla", "Damir", "Leyla", "Azat", "Kamila", "Ruslan", "Madina",
];
// prettier-ignore
const COUNTRIES = [
  "Kazakhstan", "Russian Federation", "Türkiye", "Uzbekistan", "Kyrgyzstan", "Azerbaijan",
  "Tajikistan", "Turkmenistan", "Mongolia", "China", "Germany", "Belarus", "Georgia", "Iran",
  "United Arab Emirates", "Republic of Korea", "Hungary", "Armenia", "Pakistan", "India",
];
const PLACE_KINDS = ["", "", "", " Region", " District", " oblast", " city"];
// prettier-ignore
const COMPANY_KINDS = [
  "Holding", "Group", "Motors", "Energy", "Bank", "Logistics", "Steel", "Tyre Works",
  "Petrochemical Company", "Agro", "Invest JSC", "Construction LLP",
];
const ORGANISATION_FORMS = [
  (w: string) => `${w} News Agency`,
  (w: string) => `Ministry of ${w} Affairs`,
  (w: string) => `${w} State University`,
  (w: string) => `${w} Chamber of Commerce`,
  (w: string) => `${w} Foundation`,
  (w: string) => `MIA ${w}`,
];
const PROJECT_FORMS = [
  (w: string) => `Construction of the ${w} tyre factory`,
  (w: string) => `${w} culture and arts days`,
  (w: string) => `Students from ${w} studying abroad`,
  (w: string) => `${w} street naming`,
  (w: string) => `${w} joint anti-pandemic effort`,
  (w: string) => `${w} industrial park`,
  (w: string) => `${w}–Almaty railway upgrade`,
];

function word(rnd: Random, min = 2, max = 3): string {
  const n = min + Math.floor(rnd() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += pick(rnd, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

function makeLabel(rnd: Random, type: EntityType): string {
  switch (type) {
    case "leader":
    case "person":
      return `${pick(rnd, FIRST_NAMES)} ${word(rnd)}${pick(rnd, ["ov", "ev", "ova", "uly", "oğlu", ""])}`;
    case "country":
      return pick(rnd, COUNTRIES);
    case "place":
      return `${word(rnd)}${pick(rnd, PLACE_KINDS)}`;
    case "company":
      return `${word(rnd, 2, 2)} ${pick(rnd, COMPANY_KINDS)}`;
    case "organisation":
      return pick(rnd, ORGANISATION_FORMS)(word(rnd, 2, 3));
    case "project":
      return pick(rnd, PROJECT_FORMS)(word(rnd, 2, 3));
  }
}

/**
 * Plausible relation types for a (source type, target type) pair. A pair that is only listed the
 * other way round is swapped; a pair listed neither way becomes the weak co_occurs.
 */
const RELATIONS_BY_PAIR: Partial<Record<`${EntityType}>${EntityType}`, RelationType[]>> = {
  "leader>leader": ["met_with"],
  "leader>country": ["leader_of", "leader_of", "former_leader_of", "visited"],
  "leader>place": ["visited", "leader_of"],
  "leader>organisation": ["leader_of"],
  "leader>company": ["visited"],
  "leader>project": ["participates_in"],
  "leader>person": ["met_with"],
  "person>person": ["met_with"],
  "person>organisation": ["official_of"],
  "person>company": ["official_of"],
  "person>country": ["visited"],
  "person>place": ["visited", "commemorated_in"],
  "person>project": ["participates_in"],
  "country>country": ["cooperates_with", "agreement_with"],
  "country>company": ["agreement_with"],
  "country>organisation": ["participates_in"],
  "country>project": ["participates_in"],
  "place>country": ["part_of", "located_in", "capital_of"],
  "place>place": ["part_of", "located_in"],
  "company>place": ["based_in", "operates_in"],
  "company>country": ["operates_in"],
  "company>company": ["cooperates_with"],
  "company>project": ["builds"],
  "company>organisation": ["cooperates_with"],
  "organisation>place": ["based_in"],
  "organisation>country": ["operates_in"],
  "organisation>organisation": ["cooperates_with", "cites"],
  "organisation>company": ["cites"],
  "organisation>project": ["cites"],
  "project>place": ["held_in"],
  "project>country": ["held_in"],
  "project>project": ["part_of"],
};

/** Share of relations that are the weak "mentioned with" (hidden by default in the app). */
const CO_OCCURS_SHARE = 0.05;
/** Share of relations that leave their cluster, like the few long links in a real news graph. */
const LONG_LINK_SHARE = 0.08;
/** Entities per cluster: a story, or a topic, in a force-directed layout. */
const CLUSTER_SIZE = 48;
/**
 * Sunflower spacing inside a cluster, in model px: neighbours end up about 60 px apart, so the
 * 30 px nodes do not overlap and short labels mostly fit, as after a force-directed layout.
 */
const NODE_SPACING = 36;
/** Clusters are a little further apart than their own radius, leaving visible gaps. */
const CLUSTER_GAP = 1.3;

function pickType(rnd: Random): EntityType {
  let x = rnd();
  for (const type of ENTITY_TYPES) {
    x -= TYPE_WEIGHTS[type];
    if (x < 0) return type;
  }
  return "person";
}

/**
 * Makes a synthetic document with `entities` entities (every type present from 7 entities on),
 * about two relations per entity and a position for every entity: clusters placed on a sunflower
 * spiral, each cluster itself a jittered sunflower, like a finished force-directed layout.
 */
export function generateDocument({
  entities: count,
  seed = 1,
}: GenerateOptions): SyntheticDocument {
  if (!Number.isInteger(count) || count < 1) throw new Error(`entities must be a positive integer`);
  const rnd = createRandom(seed);
  const golden = Math.PI * (3 - Math.sqrt(5));

  const entities: SyntheticDocument["entities"] = [];
  const positions: SyntheticDocument["positions"] = {};
  const clusterCount = Math.max(1, Math.round(count / CLUSTER_SIZE));
  const clusterGap = NODE_SPACING * Math.sqrt(CLUSTER_SIZE) * CLUSTER_GAP;
  const clusterOf: number[] = [];
  const members: number[][] = Array.from({ length: clusterCount }, () => []);

  for (let i = 0; i < count; i++) {
    // The first entities cover every type, so even a tiny document exercises the whole legend.
    const type = i < ENTITY_TYPES.length ? ENTITY_TYPES[i] : pickType(rnd);
    const id = `e${i + 1}`;
    const entity: SyntheticDocument["entities"][number] = { id, type, label: makeLabel(rnd, type) };
    if (rnd() < 0.15) entity.aliases = [word(rnd, 2, 3)];
    if (type === "company" && rnd() < 0.3) entity.attributes = { founded: 1990 + (i % 35) };
    entities.push(entity);

    const c = Math.floor(rnd() * clusterCount);
    const k = members[c].length;
    clusterOf.push(c);
    members[c].push(i);
    const cr = clusterGap * Math.sqrt(c + 0.5);
    const cx = cr * Math.cos(c * golden);
    const cy = cr * Math.sin(c * golden);
    const r = NODE_SPACING * Math.sqrt(k + 0.5);
    const jitter = () => (rnd() - 0.5) * NODE_SPACING * 0.5;
    positions[id] = {
      x: Math.round((cx + r * Math.cos(k * golden) + jitter()) * 10) / 10,
      y: Math.round((cy + r * Math.sin(k * golden) + jitter()) * 10) / 10,
    };
  }

  const relations: SyntheticDocument["relations"] = [];
  const seen = new Set<string>();
  const addRelation = (a: number, b: number) => {
    if (a === b) return false;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) return false;
    const ta = entities[a].type;
    const tb = entities[b].type;
    let type: RelationType = "co_occurs";
    let [source, target] = [a, b];
    if (rnd() >= CO_OCCURS_SHARE) {
      const forward = RELATIONS_BY_PAIR[`${ta}>${tb}`];
      const backward = RELATIONS_BY_PAIR[`${tb}>${ta}`];
      if (forward) type = pick(rnd, forward);
      else if (backward) {
        type = pick(rnd, backward);
        [source, target] = [b, a];
      }
    }
    seen.add(key);
    relations.push({
      id: `r${relations.length + 1}`,
      type,
      source: entities[source].id,
      target: entities[target].id,
    });
    return true;
  };

  const wanted = count < 2 ? 0 : Math.min(2 * count, (count * (count - 1)) / 2);
  for (let attempt = 0; relations.length < wanted && attempt < wanted * 20; attempt++) {
    const a = attempt % count;
    const own = members[clusterOf[a]];
    const b =
      rnd() < LONG_LINK_SHARE || own.length < 2
        ? Math.floor(rnd() * count)
        : own[Math.floor(rnd() * own.length)];
    addRelation(a, b);
  }

  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    title: `Synthetic news graph: ${count} entities (seed ${seed})`,
    description:
      "Generated by tests/bench/generate.ts for the benchmark: typed entities, about two relations " +
      "per entity, positions saved so no layout runs.",
    entities,
    relations,
    positions,
  };
}

function main(argv: string[]) {
  const args = argv.filter((a) => !a.startsWith("--"));
  const seedArg = argv.find((a) => a.startsWith("--seed="));
  const [countArg, out] = args;
  const count = Number(countArg);
  if (!countArg || !Number.isInteger(count) || count < 1) {
    console.error("usage: npx tsx tests/bench/generate.ts ENTITIES [OUT.json] [--seed=N]");
    process.exit(2);
  }
  const doc = generateDocument({ entities: count, seed: seedArg ? Number(seedArg.slice(7)) : 1 });
  const json = JSON.stringify(doc);
  if (out) {
    writeFileSync(out, json);
    console.error(
      `wrote ${out}: ${doc.entities.length} entities, ${doc.relations.length} relations, ` +
        `${(json.length / 1e6).toFixed(1)} MB`,
    );
  } else {
    process.stdout.write(json + "\n");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
