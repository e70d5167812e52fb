import type { EntityType } from "../model";
import { TITLE_ABBREVIATIONS } from "./sentences";
import type { SentenceSpan } from "./sentences";
import { suffixesFor } from "./suffixes";
import { foldTr, isApostrophe, isUpperStart } from "./text";
import type { Token } from "./text";

// Names the gazetteer does not know: capitalised runs become suggestions for a person to review.
// They are never added to the graph by themselves.

export interface SuggestionOccurrence {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  /** A proposed entity id: the slug of the base form. */
  id: string;
  /** The name with its case suffix taken off: "Minnikhanova" -> "Minnikhanov". */
  base: string;
  type: EntityType;
  /** 0..1: how sure the base form and the type are. */
  confidence: number;
  /** Why this type: the context word, or "default". */
  reason: string;
  occurrences: SuggestionOccurrence[];
}

/** Context words right after a name, and the type they suggest for it. */
const AFTER: [RegExp, EntityType, number][] = [
  [/^(şirket|holding|grub|firma|a\.?ş)/u, "company", 0.8],
  [/^(fabrika|tesis|proje|santral|köprü|cadde|sokağ|sokak|festival)/u, "project", 0.7],
  [/^(cumhurbaşkan|başbakan|devlet|bakan|vali|hükümet|parlament|meclis)/u, "country", 0.6],
  [/^(bölge|şehr|şehir|kent|ilçe|köy|eyalet|vilayet|il$|ili)/u, "place", 0.8],
  [
    /^(üniversite|derne|ajans|bakanlığ|vakf|vakıf|enstitü|birliğ|örgüt|teşkilat)/u,
    "organisation",
    0.8,
  ],
];
/** Context words right before a name. */
const BEFORE: [RegExp, EntityType, number][] = [
  [/^(cumhurbaşkanı|başbakan|başbakanı|başkanı|bakanı|lideri|valisi)$/u, "leader", 0.7],
  [
    /^(şair|yazar|sanatçı|bay|bayan|sayın|uzman|profesör|müdür|müdürü|sözcüsü|yönetici)/u,
    "person",
    0.7,
  ],
];

/** Capitalised words that start a sentence or name an office, not an entity. */
const COMMON = new Set(
  [
    "bu",
    "bunun",
    "buna",
    "bir",
    "ve",
    "çok",
    "ancak",
    "ama",
    "fakat",
    "da",
    "de",
    "görüşme",
    "devlet",
    "başkanı",
    "başkan",
    "cumhurbaşkanı",
    "cumhuriyeti",
    "ilk",
    "birinci",
    "sayın",
    "büyük",
    "tatar",
    "kazak",
    "rus",
    "türk",
    "buna",
    "karşılık",
    "ayrıca",
    "öte",
    "yandan",
    "the",
    "and",
    "of",
    "in",
    "dedi",
    "bakan",
    "bakanı",
    "başbakan",
    "başbakanı",
  ].map(foldTr),
);

/** Months and weekdays: capitalised in dates ("3 Mart"), never an entity on their own. */
const CALENDAR = new Set(
  [
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
    "pazartesi",
    "salı",
    "çarşamba",
    "perşembe",
    "cuma",
    "cumartesi",
    "pazar",
  ].map(foldTr),
);

/** Not a name: an abbreviation with its full stop ("Prof."), a word after an ordinal ("10. Toplantısı"). */
function notAName(text: string, t: Token): boolean {
  if (text[t.end] === "." && TITLE_ABBREVIATIONS.has(t.folded)) return true;
  return /\d\.\s+$/u.test(text.slice(Math.max(0, t.start - 6), t.start));
}

function slug(s: string): string {
  return foldTr(s)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/gu, "i")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}

/** Takes a case suffix off a name the matcher did not know; vowel-only suffixes are less sure. */
function baseForm(word: string): { base: string; confidence: number } {
  const folded = foldTr(word);
  for (let cut = Math.min(6, folded.length - 3); cut >= 1; cut--) {
    const stem = folded.slice(0, folded.length - cut);
    const form = suffixesFor(stem).get(folded.slice(-cut));
    if (form && form.case !== "nominative" && form.confidence === 1) {
      return { base: word.slice(0, word.length - cut), confidence: cut === 1 ? 0.4 : 0.7 };
    }
  }
  return { base: word, confidence: 0.8 };
}

export function suggest(
  sourceId: string,
  text: string,
  tokens: Token[],
  sentences: SentenceSpan[],
  covered: { start: number; end: number }[],
): Suggestion[] {
  // One walk over tokens and sorted spans: big articles have many of both.
  const spans = [...covered].sort((a, b) => a.start - b.start);
  const coveredFlags = new Uint8Array(tokens.length);
  let k = 0;
  let reach = -1;
  for (let n = 0; n < tokens.length; n++) {
    while (k < spans.length && spans[k].start <= tokens[n].start)
      reach = Math.max(reach, spans[k++].end);
    if (tokens[n].end <= reach) coveredFlags[n] = 1;
  }

  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const out = new Map<string, Suggestion>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (
      !isUpperStart(t.text) ||
      coveredFlags[i] === 1 ||
      COMMON.has(t.folded) ||
      /^\d/u.test(t.text) ||
      notAName(text, t)
    ) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      isUpperStart(tokens[j + 1].text) &&
      coveredFlags[j + 1] === 0 &&
      !notAName(text, tokens[j + 1]) &&
      !COMMON.has(tokens[j + 1].folded) &&
      /^[ \-\u2010\u2011]$/u.test(text.slice(tokens[j].end, tokens[j + 1].start))
    ) {
      j++;
    }
    const allCaps = tokens.slice(i, j + 1).every((x) => x.text === x.text.toLocaleUpperCase("tr"));
    const single = i === j;
    if (
      (single && CALENDAR.has(t.folded)) ||
      (single && sentenceStarts.has(t.start) && !allCaps && !isApostrophe(text[t.end]))
    ) {
      i = j + 1;
      continue;
    }
    const runStart = tokens[i].start;
    let runEnd = tokens[j].end;
    let base = text.slice(runStart, tokens[j].end);
    let baseConfidence = 0.9;
    let next = j + 1;
    if (isApostrophe(text[runEnd]) && tokens[j + 1]?.start === runEnd + 1) {
      runEnd = tokens[j + 1].end;
      next = j + 2;
    } else {
      const last = baseForm(tokens[j].text);
      base = text.slice(runStart, tokens[j].start) + last.base;
      baseConfidence = last.confidence;
    }
    let type: EntityType = j > i ? "person" : allCaps ? "organisation" : "place";
    let typeConfidence = 0.3;
    let reason = "default";
    const after = tokens[next]?.folded ?? "";
    const before = i > 0 ? tokens[i - 1].folded : "";
    for (const [re, ty, c] of AFTER) {
      if (re.test(after)) {
        [type, typeConfidence, reason] = [ty, c, tokens[next].text];
        break;
      }
    }
    if (reason === "default") {
      for (const [re, ty, c] of BEFORE) {
        if (re.test(before)) {
          [type, typeConfidence, reason] = [ty, c, tokens[i - 1].text];
          break;
        }
      }
    }
    const id = slug(base);
    if (id) {
      const s = out.get(id) ?? {
        id,
        base,
        type,
        confidence: Math.round(baseConfidence * typeConfidence * 100) / 100,
        reason,
        occurrences: [],
      };
      s.occurrences.push({
        source: sourceId,
        start: runStart,
        end: runEnd,
        text: text.slice(runStart, runEnd),
      });
      out.set(id, s);
    }
    i = next;
  }
  return [...out.values()];
}
