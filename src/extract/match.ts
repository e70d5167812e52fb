import type { CompiledAlias, Gazetteer } from "./gazetteer";
import { suffixesFor } from "./suffixes";
import type { GrammaticalCase } from "./suffixes";
import { isApostrophe, isUpperStart } from "./text";
import type { Token } from "./text";

// Suffix-aware alias matching: the longest alias, an optional apostrophe of any style, a case
// suffix generated for that alias's last word, then a word boundary (the token ends there).

export interface Hit {
  alias: CompiledAlias;
  entity: string;
  start: number;
  end: number;
  /** Index of the first and last token covered (the suffix after an apostrophe is a token). */
  first: number;
  last: number;
  case: GrammaticalCase;
  plural: boolean;
  confidence: number;
}

/** "Kazakistanlı": a derivation of a name that is not the named thing itself. */
export interface DemonymHit {
  entity: string;
  start: number;
  end: number;
  first: number;
}

const DERIVATION = /^l[ıiuü]/u;
const MAX_GAP = 12;

function gapMatches(text: string, a: Token, b: Token, want: string): boolean {
  if (b.start - a.end > MAX_GAP || b.start === a.end) return false;
  const gap = text.slice(a.end, b.start);
  // Space and hyphen are the same separator, but there must be one: "Nur Sultan" = "Nur-Sultan".
  if (gap.replace(/[\s\-\u2010-\u2013]/gu, "") !== want) return false;
  // Lines may wrap inside a name, a paragraph may not.
  return (gap.match(/\n/gu)?.length ?? 0) <= (want ? 4 : 1);
}

function capitalOk(alias: CompiledAlias, k: number, token: Token): boolean {
  return !alias.capital[k] || isUpperStart(token.text);
}

type Attempt = { kind: "hit"; hit: Hit } | { kind: "demonym"; hit: DemonymHit } | undefined;

/** Tries one alias at token `i`. */
function attempt(text: string, tokens: Token[], i: number, alias: CompiledAlias): Attempt {
  const n = alias.words.length;
  if (i + n > tokens.length) return undefined;
  for (let k = 0; k < n - 1; k++) {
    const t = tokens[i + k];
    if ((t.folded !== alias.words[k] && t.alt !== alias.words[k]) || !capitalOk(alias, k, t))
      return undefined;
    if (!gapMatches(text, t, tokens[i + k + 1], alias.gaps[k])) return undefined;
  }
  const lastIndex = i + n - 1;
  const tok = tokens[lastIndex];
  const stem = alias.words[n - 1];
  let lastFolded = !tok.folded.startsWith(stem) && tok.alt?.startsWith(stem) ? tok.alt : tok.folded;
  // A title ending in its possessive -sI takes "our" in its place: "Bakan Yardımcısı" →
  // "Bakan Yardımcımız", "Genel Müdürümüz".
  const ourStem =
    alias.our && /s[ıiuü]$/u.test(stem) && /^m[ıiuü]z/u.test(lastFolded.slice(stem.length - 2))
      ? stem.slice(0, -2)
      : undefined;
  if (ourStem !== undefined && lastFolded.startsWith(ourStem))
    lastFolded = stem + lastFolded.slice(ourStem.length);
  if (!lastFolded.startsWith(stem) || !capitalOk(alias, n - 1, tok)) return undefined;
  const start = tokens[i].start;
  const rest = lastFolded.slice(stem.length);
  const own =
    ourStem !== undefined
      ? suffixesFor(ourStem, false, true)
      : suffixesFor(stem, alias.possessive, alias.our);
  // An acronym is read letter by letter and ends in a vowel sound ("THY'nin", "SOCAR'a" aside);
  // a name ending in ı/i guessed to be a compound may be no compound ("Çelikyapı'dan").
  const acronym = /^\p{Lu}{2,5}$/u.test(alias.text.split(/\s+/u).pop() ?? "");
  const suffixes = {
    get(ending: string) {
      const form = own.get(ending);
      if (form) return form;
      const other =
        (alias.possessive ? suffixesFor(stem).get(ending) : undefined) ??
        (acronym ? suffixesFor(`${stem}e`).get(ending) : undefined);
      return other ? { ...other, confidence: Math.min(other.confidence, 0.8) } : undefined;
    },
  };
  const base = { alias, entity: alias.entity, start, first: i };
  if (rest === "") {
    const next = tokens[lastIndex + 1];
    // A name in quotation marks takes its case after the closing mark: "… Konferansı"na,
    // “Baku Build”’a.
    const quoted =
      next !== undefined && /^["”»][\u0027\u2019]?$/u.test(text.slice(tok.end, next.start));
    if (next && ((next.start === tok.end + 1 && isApostrophe(text[tok.end])) || quoted)) {
      const form = suffixes.get(next.folded) ?? (next.alt ? suffixes.get(next.alt) : undefined);
      if (form) {
        return {
          kind: "hit",
          hit: {
            ...base,
            end: next.end,
            last: lastIndex + 1,
            case: form.case,
            plural: form.plural,
            confidence: form.confidence,
          },
        };
      }
      if (!quoted && DERIVATION.test(next.folded)) {
        return { kind: "demonym", hit: { entity: alias.entity, start, end: next.end, first: i } };
      }
    }
    // "T.C." ends in a stop that is part of the name.
    const stop = alias.text.endsWith(".") && text[tok.end] === "." ? 1 : 0;
    return {
      kind: "hit",
      hit: {
        ...base,
        end: tok.end + stop,
        last: lastIndex,
        case: "nominative",
        plural: false,
        confidence: 1,
      },
    };
  }
  // "ʼ" (U+02BC) is a letter to Unicode, so the tokenizer leaves it inside the word.
  const form = suffixes.get(isApostrophe(rest[0]) ? rest.slice(1) : rest);
  if (form) {
    // The suffix written without its apostrophe is still the same word; lower the confidence a
    // little for proper names, where the apostrophe is the rule.
    const lost = alias.capital[n - 1] ? 0.95 : 1;
    return {
      kind: "hit",
      hit: {
        ...base,
        end: tok.end,
        last: lastIndex,
        case: form.case,
        plural: form.plural,
        confidence: form.confidence * lost,
      },
    };
  }
  if (DERIVATION.test(rest)) {
    return { kind: "demonym", hit: { entity: alias.entity, start, end: tok.end, first: i } };
  }
  return undefined;
}

export interface MatchResult {
  hits: Hit[];
  demonyms: DemonymHit[];
}

/**
 * Finds every alias of `index` in the tokens. At each position the longest alias wins; then the
 * hits are taken left to right without overlaps. `allow` filters aliases (for `requires`).
 */
export function matchAliases(
  text: string,
  tokens: Token[],
  index: Map<string, CompiledAlias[]>,
  maxWordLength: number,
  allow: (alias: CompiledAlias) => boolean = () => true,
): MatchResult {
  const best: (Hit | undefined)[] = [];
  const demonyms: DemonymHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let winner: Hit | undefined;
    const alt = tokens[i].alt;
    for (const folded of alt ? [tokens[i].folded, alt] : [tokens[i].folded]) {
      const limit = Math.min(folded.length, maxWordLength);
      // Only single-word aliases may be a prefix of the token (the rest is the suffix); the first
      // word of a longer alias must be the whole token.
      for (let len = limit; len >= 1; len--) {
        const candidates = index.get(len === folded.length ? folded : folded.slice(0, len));
        if (!candidates) continue;
        for (const alias of candidates) {
          if (alias.words.length > 1 && len !== folded.length) continue;
          if (!allow(alias)) continue;
          const a = attempt(text, tokens, i, alias);
          if (!a) continue;
          if (a.kind === "demonym") {
            demonyms.push(a.hit);
            continue;
          }
          const h = a.hit;
          if (
            !winner ||
            h.end > winner.end ||
            (h.end === winner.end && h.confidence > winner.confidence)
          ) {
            winner = h;
          }
        }
      }
    }
    best.push(winner);
  }
  const hits: Hit[] = [];
  let reach = -1;
  for (const h of best) {
    if (!h || h.start < reach) continue;
    hits.push(h);
    reach = h.end;
  }
  // A demonym inside a hit of its own entity is part of that name; a token map keeps this linear.
  const entityAtToken = new Map<number, string>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) entityAtToken.set(k, h.entity);
  const uniqueDemonyms = new Map<number, DemonymHit>();
  for (const d of demonyms) {
    if (entityAtToken.get(d.first) === d.entity || uniqueDemonyms.has(d.start)) continue;
    uniqueDemonyms.set(d.start, d);
  }
  return { hits, demonyms: [...uniqueDemonyms.values()] };
}

/** Finds the gazetteer's entities in a text's tokens, honouring `requires`. */
export function findEntities(text: string, tokens: Token[], gazetteer: Gazetteer): MatchResult {
  const needs = (alias: CompiledAlias) => gazetteer.entries.get(alias.entity)?.requires;
  const first = matchAliases(
    text,
    tokens,
    gazetteer.aliasesByFirstWord,
    gazetteer.maxWordLength,
    (a) => !needs(a),
  );
  const present = new Set(first.hits.map((h) => h.entity));
  const anyConditional = [...gazetteer.entries.values()].some((e) => e.requires);
  if (!anyConditional) return first;
  return matchAliases(text, tokens, gazetteer.aliasesByFirstWord, gazetteer.maxWordLength, (a) => {
    const req = needs(a);
    return !req || req.every((r) => present.has(r));
  });
}

/** Finds titles ("Cumhurbaşkanı", "devlet başkanı", "İlk Başkanımız"). */
export function findTitles(text: string, tokens: Token[], gazetteer: Gazetteer): Hit[] {
  let max = 0;
  for (const k of gazetteer.titlesByFirstWord.keys()) max = Math.max(max, k.length);
  return matchAliases(text, tokens, gazetteer.titlesByFirstWord, max).hits;
}
