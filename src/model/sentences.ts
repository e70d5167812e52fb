import type { Source, Span } from "./types";

/** The index of the stored sentence that contains `offset`, or -1 (binary search: sentences are
 * in order and do not overlap). */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The stored sentence around a span. A span that runs past one sentence (a mention across a
 * break the extractor made) gets every sentence it touches; a span in the gaps between sentences
 * is returned as it is.
 */
export function sentenceAt(source: Source, start: number, end: number): Span {
  const first = sentenceIndexAt(source.sentences, start);
  if (first < 0) return { start, end };
  let last = first;
  while (last + 1 < source.sentences.length && source.sentences[last + 1].start < end) last++;
  return { start: source.sentences[first].start, end: Math.max(end, source.sentences[last].end) };
}
