// Names written another way: Turkish and English transliterations of the same person or place
// (Minnihanov / Minnikhanov, Caparov / Japarov, Tokaev / Tokayev). A suggestion that looks like
// a known entity is offered as a merge first.

/**
 * A spelling-blind key: Turkish letters folded, then English digraphs and letters mapped to what
 * a Turkish writer uses for the same sound, y between vowels dropped, doubled letters single.
 */
export function translitKey(name: string): string {
  let s = name
    .toLocaleLowerCase("tr")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[^a-z]/g, "");
  s = s
    .replace(/kh/g, "h")
    .replace(/sh/g, "s")
    .replace(/ch/g, "c")
    .replace(/zh/g, "j")
    .replace(/dj/g, "c")
    .replace(/j/g, "c")
    .replace(/w/g, "v")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/([aeiou])y(?=[aeiou])/g, "$1")
    .replace(/(.)\1+/g, "$1");
  return s;
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j] + 1,
        cur[j - 1] + 1,
        prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

export interface NamedEntity {
  id: string;
  label: string;
  aliases: readonly string[];
}

/** The spelling keys of known entities, computed once per graph and shared by all suggestions. */
export interface SpellingIndex {
  entries: { entity: NamedEntity; keys: string[] }[];
}

export function indexSpellings(entities: Iterable<NamedEntity>): SpellingIndex {
  const entries: SpellingIndex["entries"] = [];
  for (const entity of entities) {
    const keys = new Set<string>();
    for (const spelling of [entity.label, ...entity.aliases]) {
      // Word by word too, for multi-word labels: "Sadyr Japarov" is meant by "Caparov".
      for (const k of [translitKey(spelling), ...spelling.split(/\s+/u).map(translitKey)]) {
        if (k.length >= 4) keys.add(k);
      }
    }
    entries.push({ entity, keys: [...keys] });
  }
  return { entries };
}

/**
 * Known entities that a name probably means, best first: the same key, or one letter apart for
 * names long enough that one letter is a spelling and not another name.
 */
export function similarEntities(
  name: string,
  entities: Iterable<NamedEntity> | SpellingIndex,
  limit = 3,
): NamedEntity[] {
  const index =
    Symbol.iterator in entities
      ? indexSpellings(entities as Iterable<NamedEntity>)
      : (entities as SpellingIndex);
  const key = translitKey(name);
  if (key.length < 4) return [];
  const scored: { e: NamedEntity; d: number }[] = [];
  for (const { entity, keys } of index.entries) {
    let best = Infinity;
    for (const k of keys) {
      const d = k === key ? 0 : key.length >= 6 ? editDistance(key, k, 1) : 2;
      best = Math.min(best, d);
      if (best === 0) break;
    }
    if (best <= 1) scored.push({ e: entity, d: best });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.e.label.localeCompare(b.e.label))
    .slice(0, limit)
    .map((s) => s.e);
}
