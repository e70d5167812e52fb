import { foldTr } from "./text";

// Sentence splitting: the ICU segmenter for Turkish, then repairs for what news text does to it.
// ICU breaks at every line end, so hard-wrapped text comes out in pieces; it breaks after "Prof."
// and "M."; and it does not break before "200'e yakın" because it reads the lower-case "e" as the
// sentence going on. Spans index into the original text and are trimmed of surrounding space.

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that precede a name or number, so a full stop after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set(
  [
    "prof",
    "doç",
    "dr",
    "av",
    "sn",
    "yrd",
    "öğr",
    "gör",
    "uzm",
    "op",
    "alb",
    "gen",
    "org",
    "korg",
    "tümg",
    "tuğg",
    "bşk",
    "müd",
    "st",
    "no",
    "nr",
    "mr",
    "mrs",
    "ms",
    "jr",
    "sr",
    "bkz",
    "mah",
    "cad",
    "sok",
    "bul",
    "apt",
    "tel",
    "ltd",
    "şti",
    "inc",
    "co",
    "corp",
    "vol",
    "s",
    "hz",
    "ord",
    "mim",
    "müh",
    "ecz",
    "dt",
    "yzb",
    "bnb",
    "ütğm",
    "tğm",
    "asb",
    "kom",
    "gn",
    "mad",
    "fık",
    "sa",
  ].map(foldTr),
);
/** Abbreviations that often end a sentence: a full stop after them ends it when a capital follows. */
const END_ABBREVIATIONS = new Set(["vb", "vs", "vd", "vb.", "age", "a.g.e"]);

const TERMINAL = /[.!?…]["'”’»)\]]*$/u;
const CLOSING_PUNCT = /[,;:\-–—(]$/u;

function lastWordBeforeStop(s: string): string {
  const m = /([\p{L}\p{N}.]*)\.["'”’»)\]]*$/u.exec(s.slice(-40));
  return m ? m[1] : "";
}

/** Whether a full stop closing `before` belongs to an abbreviation, an initial or an ordinal. */
function stopIsNotAnEnd(before: string, nextChar: string): boolean {
  const word = lastWordBeforeStop(before);
  if (!word) return false;
  const folded = foldTr(word);
  if (TITLE_ABBREVIATIONS.has(folded)) return true;
  // A single capital: an initial, as in "M. Çavuşoğlu".
  if (/^\p{Lu}$/u.test(word)) return true;
  // Letters joined by stops: "T.C.", "A.Ş.", "A.B.D."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  // An ordinal: "5. Toplantısı", "21. yüzyıl". Four digits are more likely a year ending a sentence.
  if (/^\d{1,3}$/u.test(word)) return true;
  if (END_ABBREVIATIONS.has(folded)) return !/\p{Lu}/u.test(nextChar);
  return false;
}

function firstNonSpace(text: string, from: number): { index: number; char: string } {
  let i = from;
  while (i < text.length && /\s/u.test(text[i])) i++;
  return { index: i, char: text[i] ?? "" };
}

const REGEX_BREAK = /[.!?…]+["'”’»)\]]*\s+/gu;
/** V8's ICU segmenter costs time proportional to the whole string per segment; keep strings short. */
const MAX_ICU_CHUNK = 4000;

function segmenter(): Intl.Segmenter | undefined {
  return typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("tr", { granularity: "sentence" })
    : undefined;
}

/**
 * Offsets where a raw segmenter puts a break. ICU always breaks after a line end, so each line is
 * segmented alone: that gives the same breaks and keeps a 5 MB article linear. A line too long for
 * ICU, or a runtime without Intl.Segmenter, gets a plain punctuation rule.
 */
function rawBreaks(text: string): number[] {
  const breaks: number[] = [];
  const icu = segmenter();
  let lineStartAt = 0;
  while (lineStartAt < text.length) {
    const nl = text.indexOf("\n", lineStartAt);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const line = text.slice(lineStartAt, lineEnd);
    if (icu && line.length <= MAX_ICU_CHUNK) {
      for (const seg of icu.segment(line)) {
        const end = lineStartAt + seg.index + seg.segment.length;
        if (end < text.length) breaks.push(end);
      }
    } else {
      REGEX_BREAK.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = REGEX_BREAK.exec(line)) !== null)
        breaks.push(lineStartAt + m.index + m[0].length);
      if (lineEnd < text.length) breaks.push(lineEnd);
    }
    lineStartAt = lineEnd;
  }
  // ICU keeps "geldi. 200'e yakın" together: break after a stop that a number follows.
  const numberStart = /(\p{L}{2,})([.!?])(\s+)(?=\d)/gu;
  let m: RegExpExecArray | null;
  while ((m = numberStart.exec(text)) !== null) {
    const after = m.index + m[0].length;
    if (m[2] === "." && TITLE_ABBREVIATIONS.has(foldTr(m[1]))) continue;
    breaks.push(after);
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

function lineStart(text: string, at: number): number {
  const i = text.lastIndexOf("\n", at - 1);
  return i < 0 ? 0 : i + 1;
}

/** Whether the line ending at `end` stands alone as a headline or dateline. */
function isHeadline(text: string, end: number, textStart: number): boolean {
  let lineEnd = end;
  while (lineEnd > 0 && /\s/u.test(text[lineEnd - 1])) lineEnd--;
  const start = lineStart(text, lineEnd);
  const line = text.slice(start, lineEnd).trim();
  if (!line || line.length > 80) return false;
  // It opens the text or a paragraph.
  return (
    start <= textStart || /\n[ \t]*\n[ \t]*$/u.test(text.slice(Math.max(0, start - 80), start))
  );
}

/**
 * A first line with a comma is a headline when the line after it is clearly longer: a hard wrap
 * fills its lines to about the same width ("Cumhurbaşkanı Erdoğan, yarın Azerbaycan'ı ziyaret
 * edecek" over a 130-character lead is a headline).
 */
function shorterThanNext(text: string, line: string, nextIndex: number): boolean {
  const window = text.slice(nextIndex, nextIndex + 200);
  const nl = window.indexOf("\n");
  const nextLine = (nl < 0 ? window : window.slice(0, nl)).trim();
  return line.trim().length < 0.8 * nextLine.length;
}

/**
 * A dateline of one to three capitalised words on a line of its own, after a finished sentence
 * ("... edecek.\nAnkara\nCumhurbaşkanlığı ..."): a hard wrap never leaves so short a line after a
 * full stop.
 */
function placeLine(text: string, line: string, contentEnd: number): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length > 3 || line.trim().length > 30 || !words.every((w) => /^\p{Lu}/u.test(w)))
    return false;
  let k = contentEnd - line.length;
  while (k > 0 && /\s/u.test(text[k - 1])) k--;
  return k === 0 || TERMINAL.test(text.slice(Math.max(0, k - 3), k));
}

/** Little words a Title Case subhead leaves in lower case: "Tarım ve Ticaret Üzerine Görüşmeler". */
const SMALL_WORD = /^(ve|ile|ya|veya|için|de|da|ki|bir|mi|mı)$/u;

/**
 * A subhead in Title Case on a line of its own after a finished sentence ("... oldu.\nOş
 * Şehri'nde İkili Görüşmeler\nÖkem'e, ..."): two to seven capitalised words, no comma, and a
 * next line so long that its first word would have fitted on this one, so a hard wrap did not
 * break it there.
 */
function titleCaseLine(text: string, line: string, contentEnd: number, nextIndex: number): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 7 || line.includes(",") || line.trim().length > 70)
    return false;
  if (!words.every((w) => /^[\p{Lu}\d"“«]/u.test(w) || SMALL_WORD.test(w))) return false;
  let k = contentEnd - line.length;
  while (k > 0 && /\s/u.test(text[k - 1])) k--;
  if (k > 0 && !TERMINAL.test(text.slice(Math.max(0, k - 3), k))) return false;
  const window = text.slice(nextIndex, nextIndex + 200);
  const nl = window.indexOf("\n");
  const nextLine = (nl < 0 ? window : window.slice(0, nl)).trim();
  const firstWord = nextLine.split(/\s+/u)[0] ?? "";
  return line.trim().length + 1 + firstWord.length <= nextLine.length;
}

/** A subhead in capitals ("RUS GENEL MÜDÜR KONUŞTU"): prose is never wrapped in capitals. */
function capitalsLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  return words.length >= 2 && words.every((w) => !/\p{Ll}/u.test(w) && /\p{Lu}{2}/u.test(w));
}

/** A quoted title goes on past a full stop inside it: “... Ortaklık. Rusya ...” konulu forum. */
const NAMED_BY_QUOTE = /^\s*(konulu|başlıklı|adlı|isimli|temalı|sloganlı|temasıyla|konusunda)\b/u;

function insideQuotedTitle(text: string, segStart: number, b: number): boolean {
  // Within 160 characters each way only: a search to the text's ends would make a long text
  // without quotation marks quadratic.
  const from = Math.max(segStart, b - 160);
  const before = text.slice(from, b);
  const open = before.lastIndexOf("“");
  if (open < 0 || before.lastIndexOf("”") > open) return false;
  const after = text.slice(b, from + open + 160);
  const close = after.indexOf("”");
  if (close < 0 || after.slice(0, close).includes("\n")) return false;
  return NAMED_BY_QUOTE.test(text.slice(b + close + 1, b + close + 20));
}

/**
 * Splits text into sentences and returns their spans, in order. Deterministic and linear in the
 * length of the text.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const candidates = rawBreaks(text);
  const textStart = firstNonSpace(text, 0).index;
  const kept: number[] = [];
  let segStart = 0;
  for (const b of candidates) {
    const before = text.slice(Math.max(segStart, b - 200), b).trimEnd();
    if (!before.trim()) continue;
    const next = firstNonSpace(text, b);
    if (!next.char) continue;
    let contentEnd = b;
    while (contentEnd > segStart && /\s/u.test(text[contentEnd - 1])) contentEnd--;
    const gap = text.slice(contentEnd, next.index);
    const blankLine = /\n[ \t]*\n/u.test(gap);
    let keep: boolean;
    if (TERMINAL.test(before)) {
      keep =
        !(before.endsWith(".") && stopIsNotAnEnd(before, next.char)) &&
        !insideQuotedTitle(text, segStart, b);
    } else if (blankLine) {
      // A paragraph without a full stop is a headline, unless the sentence visibly goes on.
      keep = !CLOSING_PUNCT.test(before) && !/^\p{Ll}/u.test(next.char);
    } else if (/\n/u.test(gap) && before.endsWith(":") && /["“«'‘]/u.test(next.char)) {
      // "şunları kaydetti:" with the quotation on the next line: the quotation is its own.
      keep = true;
    } else if (/\n/u.test(gap)) {
      // A hard-wrapped line: one sentence, unless it is a short headline or dateline on its own.
      // A line of prose has commas; a headline rarely does, a dateline ("ANKARA, 3 Mart") does.
      const line = text.slice(lineStart(text, contentEnd), contentEnd);
      const dateline = /^\s*\p{Lu}[\p{Lu}\s-]+,/u.test(line);
      // A line longer than any hard wrap (one paragraph a line) that ends without a stop is a
      // subhead of its own: "Tarihi törene ... katılacak" before "İlk resmi seferini ...".
      const paragraphLine = line.trim().length > 100 && !/[,;:\-–]$/u.test(before);
      keep =
        (paragraphLine ||
          (isHeadline(text, b, textStart) &&
            (dateline || !line.includes(",") || shorterThanNext(text, line, next.index))) ||
          placeLine(text, line, contentEnd) ||
          capitalsLine(line) ||
          titleCaseLine(text, line, contentEnd, next.index)) &&
        !CLOSING_PUNCT.test(before) &&
        /[\p{Lu}\d"“«]/u.test(next.char);
    } else {
      keep = true;
    }
    if (keep) {
      kept.push(b);
      segStart = b;
    }
  }
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const b of [...kept, text.length]) {
    let s = start;
    let e = b;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = b;
  }
  return spans;
}
