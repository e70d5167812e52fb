import { z } from "zod";
import { AttributesSchema, ENTITY_TYPES, RELATION_TYPES } from "../model";
import type { EntityType, RelationType } from "../model";
import { foldTr, isUpperStart, tokenize } from "./text";

// The gazetteer: what the extractor knows before it reads anything. Its file format is documented
// in docs/extraction.md; this schema is the authority and its messages name the broken field.

export const GAZETTEER_FORMAT = "relgraph-gazetteer";

/** Relations a title can express: "Kazakistan Cumhurbaşkanı" is the leader of Kazakhstan. */
export const ROLE_RELATIONS = ["leader_of", "former_leader_of", "official_of"] as const;
export type RoleRelation = (typeof ROLE_RELATIONS)[number];

const id = z
  .string()
  .min(1)
  .regex(/^[^\s]+$/u, "must not contain spaces");

const RoleSchema = z.object({
  relation: z.enum(ROLE_RELATIONS),
  of: id,
  /** The title of the office when there are several ("Ticaret Bakanı"); any title when absent. */
  title: z.string().optional(),
});
const FactSchema = z.object({ relation: z.enum(RELATION_TYPES), target: id });

export const GazetteerEntrySchema = z.object({
  id,
  type: z.enum(ENTITY_TYPES),
  label: z.string().min(1),
  /** Spellings to look for, in any language and transliteration; the label is looked for too. */
  aliases: z.array(z.string().min(1)).default([]),
  attributes: AttributesSchema.default({}),
  /** Offices this person holds or held, so a title without a name resolves to them. */
  roles: z.array(RoleSchema).default([]),
  /** Background knowledge, stated as a relation when a sentence names both ends. */
  facts: z.array(FactSchema).default([]),
  /** Only look for this entity in an article that also names all of these (for events). */
  requires: z.array(id).optional(),
  /** Whether multi-word aliases end in a possessive ("bölgesi"); guessed when absent. */
  compound: z.boolean().optional(),
});

export const TitleSchema = z.object({
  text: z.string().min(1),
  relation: z.enum(ROLE_RELATIONS),
});

export const GazetteerSchema = z.object({
  format: z.literal(GAZETTEER_FORMAT),
  version: z.literal(1),
  /** Words that name an office; a place before them says whose office. */
  titles: z.array(TitleSchema).default([]),
  /** Generated from i18n-iso-countries by src/extract/buildGazetteerCountries.ts. */
  countries: z.array(GazetteerEntrySchema).default([]),
  /** Written by hand; an entry with a country's id adds to the generated one. */
  entities: z.array(GazetteerEntrySchema).default([]),
});

export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;
export type GazetteerFile = z.infer<typeof GazetteerSchema>;

export interface CompiledAlias {
  entity: string;
  /** Folded words of the alias. */
  words: string[];
  /** Punctuation between consecutive words, spaces and hyphens removed ("" for "Nur-Sultan"). */
  gaps: string[];
  /** Per word: written with a capital, so the text must have one too ("Saran" but not "saran"). */
  capital: boolean[];
  /** Case endings take the pronominal n: "bölgesi" -> "bölgesine". */
  possessive: boolean;
  /** Titles also take "our": "İlk Başkanımız". */
  our: boolean;
  /** For titles: the relation they express. */
  relation?: RoleRelation;
  /** The alias as written, for messages and tests. */
  text: string;
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** By the alias's first folded word. */
  aliasesByFirstWord: Map<string, CompiledAlias[]>;
  titlesByFirstWord: Map<string, CompiledAlias[]>;
  /** Longest first word of any alias, to bound prefix look-ups. */
  maxWordLength: number;
  /** `${relation}:${place}` -> people holding that office. */
  roleHolders: Map<string, string[]>;
}

export class GazetteerError extends Error {}

function compileAlias(
  text: string,
  entity: string,
  options: { possessive?: boolean; our?: boolean; relation?: RoleRelation },
): CompiledAlias | undefined {
  const normal = text.normalize("NFC");
  const tokens = tokenize(normal);
  if (!tokens.length) return undefined;
  const gaps: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    gaps.push(
      normal.slice(tokens[i - 1].end, tokens[i].start).replace(/[\s\-\u2010-\u2013]/gu, ""),
    );
  }
  const words = tokens.map((t) => t.folded);
  return {
    entity,
    words,
    gaps,
    capital: tokens.map((t) => isUpperStart(t.text)),
    possessive: options.possessive ?? false,
    our: options.our ?? false,
    relation: options.relation,
    text: normal,
  };
}

/** A multi-word common-noun alias that ends in ı/i/u/ü is a possessive compound: "Karaganda bölgesi". */
function guessCompound(alias: string, type: EntityType): boolean {
  if (type === "leader" || type === "person") return false;
  const tokens = tokenize(alias);
  if (tokens.length < 2) return false;
  return /[ıiuü]$/u.test(tokens[tokens.length - 1].folded);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mergeEntries(generated: GazetteerEntry, hand: GazetteerEntry): GazetteerEntry {
  return {
    ...generated,
    ...hand,
    aliases: [...new Set([...generated.aliases, ...hand.aliases])],
    attributes: { ...generated.attributes, ...hand.attributes },
    roles: [...generated.roles, ...hand.roles],
    facts: [...generated.facts, ...hand.facts],
  };
}

/**
 * Several gazetteers as one: the shipped one and a workspace's additions, say. Later files add to
 * earlier ones; an entry with an id that is already there adds its spellings to it.
 */
export function combineGazetteers(files: readonly GazetteerFile[]): GazetteerFile {
  return {
    format: GAZETTEER_FORMAT,
    version: 1,
    titles: files.flatMap((f) => f.titles),
    countries: files.flatMap((f) => f.countries),
    entities: files.flatMap((f) => f.entities),
  };
}

/** Validates a gazetteer file and builds its look-up tables. Throws GazetteerError with the path. */
export function compileGazetteer(input: unknown): Gazetteer {
  const parsed = GazetteerSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GazetteerError(`gazetteer: ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  }
  const file = parsed.data;
  const entries = new Map<string, GazetteerEntry>();
  for (const e of file.countries) entries.set(e.id, e);
  for (const e of file.entities) {
    const prev = entries.get(e.id);
    entries.set(e.id, prev ? mergeEntries(prev, e) : e);
  }
  const aliasesByFirstWord = new Map<string, CompiledAlias[]>();
  const titlesByFirstWord = new Map<string, CompiledAlias[]>();
  const roleHolders = new Map<string, string[]>();
  let maxWordLength = 0;
  for (const e of [...entries.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const text of new Set([e.label, ...e.aliases])) {
      const compiled = compileAlias(text, e.id, {
        possessive: e.compound ?? guessCompound(text, e.type),
      });
      if (!compiled) continue;
      push(aliasesByFirstWord, compiled.words[0], compiled);
      maxWordLength = Math.max(maxWordLength, compiled.words[0].length);
    }
    for (const role of e.roles) push(roleHolders, `${role.relation}:${role.of}`, e.id);
  }
  for (const t of file.titles) {
    const compiled = compileAlias(t.text, "", {
      possessive: /[ıiuü]$/u.test(foldTr(t.text)),
      // "Başkanımız", and "Cumhurbaşkanımızın" (Cumhurbaşkan-ımız-ın) for a title ending in its
      // possessive: the same letters as the title followed by "mız".
      our: true,
      relation: t.relation,
    });
    // Titles are written both ways ("Devlet Başkanı", "devlet başkanı").
    if (compiled) {
      compiled.capital = compiled.capital.map(() => false);
      push(titlesByFirstWord, compiled.words[0], compiled);
    }
  }
  return { entries, aliasesByFirstWord, titlesByFirstWord, maxWordLength, roleHolders };
}

export function relationIsRole(type: RelationType): type is RoleRelation {
  return (ROLE_RELATIONS as readonly string[]).includes(type);
}
