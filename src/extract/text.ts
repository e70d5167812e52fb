// Turkish-aware text primitives. Every function here keeps offsets: one UTF-16 code unit in, one
// out, so a span found in folded text is the same span in the original.

/** Apostrophe styles seen before Turkish case suffixes: ' ’ ` ʼ ‘ ´ and the prime. */
export const APOSTROPHES = "'\u2019`\u02BC\u2018\u00B4\u2032";
const APOSTROPHE_SET = new Set(APOSTROPHES);

/** Characters that join the words of one name: space-like runs and hyphens of any style. */
const HYPHENS = new Set("-\u2010\u2011\u2012\u2013");

/**
 * Prepares raw article text: Unicode NFC (so "İ" typed as I + combining dot is one unit), no byte
 * order mark, and \n line ends. Every offset in the output graph indexes into this prepared text.
 */
export function prepareText(raw: string): string {
  let s = raw.normalize("NFC");
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s.replace(/\r\n?/g, "\n");
}

const FOLD_CACHE = new Map<string, string>();

/**
 * Turkish case folding of one code unit. İ -> i and I -> ı; any other unit is lower-cased only when
 * that gives exactly one unit, so the folded string always has the same length as the input.
 */
export function foldUnit(c: string): string {
  if (c === "I") return "ı";
  if (c === "İ") return "i";
  const cached = FOLD_CACHE.get(c);
  if (cached !== undefined) return cached;
  const lower = c.toLowerCase();
  const out = lower.length === 1 ? lower : c;
  FOLD_CACHE.set(c, out);
  return out;
}

/** Folds a whole string; `foldTr(s).length === s.length` always holds. */
export function foldTr(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += foldUnit(s[i]);
  return out;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** Whether the code point at `i` is a letter, digit or combining mark. Surrogate pairs count as one. */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.codePointAt(i)!;
  // The low half of a pair: look at the pair it closes.
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
    const prev = text.codePointAt(i - 1)!;
    if (prev > 0xffff) return WORD_RE.test(String.fromCodePoint(prev));
  }
  return WORD_RE.test(String.fromCodePoint(code));
}

/** A Unicode word boundary: a word character on exactly one side of `i`. Never JavaScript's `\b`. */
export function isBoundary(text: string, i: number): boolean {
  return isWordAt(text, i - 1) !== isWordAt(text, i);
}

export function isApostrophe(c: string | undefined): boolean {
  return c !== undefined && APOSTROPHE_SET.has(c);
}

export function isHyphen(c: string | undefined): boolean {
  return c !== undefined && HYPHENS.has(c);
}

export function isUpperStart(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Turkish-folded, same length as `text`. */
  folded: string;
  /**
   * For a word in capitals with a dotless I ("MINNIHANOV"): the folding that reads I as i, since
   * capitals typed on a non-Turkish keyboard lose the dot of İ.
   */
  alt?: string;
}

function capitalsAlt(word: string, folded: string): string | undefined {
  if (word.length < 2 || !word.includes("I") || word !== word.toUpperCase()) return undefined;
  let out = "";
  for (let i = 0; i < word.length; i++) out += word[i] === "I" ? "i" : folded[i];
  return out;
}

/**
 * Splits text into word tokens (runs of letters, digits and marks). Apostrophes and hyphens end a
 * token, so "Kazakistan’da" is two tokens; the matcher decides whether the second is a suffix.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}\p{M}]+/gu;
  re.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const folded = foldTr(m[0]);
    const alt = capitalsAlt(m[0], folded);
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      folded,
      ...(alt ? { alt } : {}),
    });
  }
  return tokens;
}

/**
 * What lies between two tokens of one name: a run of spaces (a line break included, since text is
 * hard-wrapped) or a single hyphen with optional spaces. "Nur Sultan" and "Nur-Sultan" are the same
 * name; "Nursultan" is not, because there the gap is nothing.
 */
export function isNameGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 4) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (isHyphen(c)) hyphens++;
    else if (c !== " " && c !== "\n" && c !== "\t" && c !== "\u00A0") return false;
  }
  return hyphens <= 1;
}

/** Why some bytes are not an article's text. */
export type ArticleBytesProblem = "binary" | "not-utf8";

/**
 * Decodes a file's bytes as strict UTF-8 text (invalid bytes are an error, not replacement
 * characters), without a byte order mark, or says why they are no text: NUL bytes or many control
 * characters near the start ("binary"), or invalid UTF-8 ("not-utf8"). The CLI and the app word
 * the problem for their own readers.
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: ArticleBytesProblem } {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: "binary" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "not-utf8" };
  }
  text = text.replace(/^\uFEFF/u, "");
  // eslint-disable-next-line no-control-regex
  const controls = (text.slice(0, 8192).match(/[\u0000-\u0008\u000E-\u001F]/gu) ?? []).length;
  return controls > 8 ? { ok: false, problem: "binary" } : { ok: true, text };
}
