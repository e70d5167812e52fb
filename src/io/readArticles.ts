import {
  articleId,
  dateProblem,
  decodeArticle,
  excerpt,
  guessTitle,
  hasArticleExtension,
  looksTurkish,
  MAX_FILES_AT_ONCE,
  sizeProblem,
  textProblem,
  urlProblem,
} from "../workspace";
import type { ArticleRecord } from "../workspace";
import { sha256Hex } from "./hash";

// Articles in: files picked or dropped, or a pasted text. Every file gets its own verdict; the
// good ones go on, each problem names its file, and nothing is added half.

export interface Intake {
  articles: ArticleRecord[];
  /** Files or texts refused, each with a message that names it. */
  problems: string[];
  /** Added, but worth knowing (another language). */
  notes: string[];
}

/** Hashes already in the workspace, with the title they were added under. */
export type KnownHashes = ReadonlyMap<string, string>;

function otherLanguageNote(name: string): string {
  return `${name} does not look like Turkish. Relgraph's extraction is tuned for Turkish news, so it finds what it can: expect fewer names and relations.`;
}

async function admit(
  intake: Intake,
  seen: Map<string, string>,
  name: string,
  text: string,
  meta: { title?: string; date?: string; url?: string; fileName?: string },
) {
  const hash = await sha256Hex(text);
  const known = seen.get(hash);
  if (known !== undefined) {
    intake.problems.push(
      `${name} is already in this workspace (as “${excerpt(known, 50)}”), so it was not added again.`,
    );
    return;
  }
  const title = meta.title?.trim() || guessTitle(text, meta.fileName);
  seen.set(hash, title);
  if (!looksTurkish(text)) intake.notes.push(otherLanguageNote(name));
  intake.articles.push({
    id: articleId(title, hash),
    hash,
    title,
    text,
    language: "tr",
    ...(meta.date ? { date: meta.date } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.fileName ? { fileName: meta.fileName } : {}),
  });
}

/** Files read between two turns of the browser's event loop. */
const FILES_PER_TASK = 20;

export async function readArticleFiles(
  files: readonly File[],
  known: KnownHashes,
): Promise<Intake> {
  const intake: Intake = { articles: [], problems: [], notes: [] };
  if (files.length > MAX_FILES_AT_ONCE) {
    intake.problems.push(
      `${files.length} files at once is more than the ${MAX_FILES_AT_ONCE} Relgraph takes in one go; nothing was added. Add them in smaller batches.`,
    );
    return intake;
  }
  const seen = new Map(known);
  for (const [i, file] of files.entries()) {
    // Files already in memory are read in microtasks, one after another: a thousand of them
    // made one main-thread task of over 100 ms. Every few files the browser gets a turn.
    if (i > 0 && i % FILES_PER_TASK === 0) await new Promise((r) => setTimeout(r, 0));
    const name = excerpt(file.name, 80);
    if (!hasArticleExtension(file.name)) {
      intake.problems.push(`${name} is not a .txt or .md file; save the article as plain text.`);
      continue;
    }
    // Refused before reading: a huge file is never loaded into memory.
    const tooBig = sizeProblem(name, file.size);
    if (tooBig) {
      intake.problems.push(tooBig);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (err) {
      intake.problems.push(`${name} could not be read (${(err as Error).message}).`);
      continue;
    }
    const decoded = decodeArticle(name, bytes);
    if (!decoded.ok) {
      intake.problems.push(decoded.message);
      continue;
    }
    await admit(intake, seen, name, decoded.text, { fileName: file.name });
  }
  return intake;
}

export interface PastedArticle {
  text: string;
  title: string;
  date: string;
  url: string;
}

export async function readPastedArticle(
  pasted: PastedArticle,
  known: KnownHashes,
): Promise<Intake> {
  const intake: Intake = { articles: [], problems: [], notes: [] };
  const name = pasted.title.trim() ? `“${excerpt(pasted.title, 50)}”` : "The pasted text";
  const problem =
    textProblem(name, pasted.text) ??
    dateProblem(pasted.date.trim()) ??
    urlProblem(pasted.url.trim());
  if (problem) {
    intake.problems.push(problem);
    return intake;
  }
  await admit(intake, new Map(known), name, pasted.text, {
    title: pasted.title,
    date: pasted.date.trim(),
    url: pasted.url.trim(),
  });
  return intake;
}
