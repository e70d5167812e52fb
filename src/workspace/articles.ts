import { decodeArticleBytes } from "../extract/text";

// Checks on what a person brings in, before anything is extracted. Each problem names the file
// and says what to do; none of them touches the workspace.

/** Refused before reading: an article is text, and news articles are far smaller than this. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** One drop or pick at most; more is refused as a whole with a message, nothing half-added. */
export const MAX_FILES_AT_ONCE = 1000;
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".text", ".markdown"] as const;

export interface IntakeProblem {
  /** The file name, or "Pasted text". */
  name: string;
  message: string;
}

/** Quotes user data in messages at most this long, so a message stays a message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function hasArticleExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function sizeProblem(name: string, bytes: number): string | null {
  if (bytes > MAX_ARTICLE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return `${name} is ${mb} MB; articles may be up to ${MAX_ARTICLE_BYTES / 1024 / 1024} MB. Split it or trim it, then add it again.`;
  }
  if (bytes === 0) return `${name} is empty.`;
  return null;
}

/**
 * Decodes a file's bytes as strict UTF-8 text, or says why it is not an article: binary content
 * (NUL bytes or many control characters), invalid UTF-8, nothing but white space.
 */
export function decodeArticle(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    return {
      ok: false,
      message:
        decoded.problem === "binary"
          ? `${name} looks like a binary file, not text. Save the article as plain text (.txt).`
          : `${name} is not valid UTF-8 text. Open it in an editor and save it as UTF-8, then add it again.`,
    };
  }
  const text = decoded.text;
  const blank = textProblem(name, text);
  return blank ? { ok: false, message: blank } : { ok: true, text };
}

/** Empty and whitespace-only texts, pasted or read. */
export function textProblem(name: string, text: string): string | null {
  if (text.length === 0) return `${name} is empty: paste or pick an article's text.`;
  if (!text.trim()) return `${name} has only white space: there is no text to extract from.`;
  return null;
}

const TURKISH_LETTERS = /[çğıöşüÇĞİÖŞÜ]/gu;
const TURKISH_WORDS = new Set(
  "ve bir bu ile için olarak da de ise çok daha gibi olan en ki ne kadar sonra ancak her göre arasında".split(
    " ",
  ),
);

/**
 * Whether a text reads as Turkish: Turkish letters and function words among its first words.
 * Other languages are still extracted; the person is told the rules are tuned for Turkish.
 */
export function looksTurkish(text: string): boolean {
  const sample = text.slice(0, 5000);
  const words = sample.toLocaleLowerCase("tr").match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return true; // too short to tell; do not nag
  const letters = (sample.match(TURKISH_LETTERS) ?? []).length;
  const common = words.filter((w) => TURKISH_WORDS.has(w)).length;
  return letters / words.length > 0.15 || common / words.length > 0.04;
}

/** A title for an article given none: its first line when it is short, else the file name. */
export function guessTitle(text: string, fileName?: string): string {
  const first = text.trim().split(/\r?\n/u, 1)[0]?.trim() ?? "";
  if (first && first.length <= 140) return first;
  if (fileName) return fileName.replace(/\.[^.]+$/u, "");
  return excerpt(first, 80) || "Untitled article";
}

/** YYYY-MM-DD (or YYYY-MM, YYYY), as the document format wants; empty is fine. */
export function dateProblem(date: string): string | null {
  if (!date) return null;
  return /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(date)
    ? null
    : `The date “${excerpt(date, 20)}” must look like 2024-03-05.`;
}

/** Only web addresses; a `javascript:` or `data:` link is never stored. */
export function urlProblem(url: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol === "http:" || u.protocol === "https:") return null;
  } catch {
    /* fall through */
  }
  return `The URL “${excerpt(url, 40)}” must be a web address starting with https:// or http://.`;
}
