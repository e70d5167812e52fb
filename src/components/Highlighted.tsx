import type { ReactNode } from "react";

export interface Mark {
  start: number;
  end: number;
  kind: "mention" | "trigger" | "endpoint";
}

/**
 * A slice of source text with marked spans, rendered as text nodes and <mark> elements only:
 * source text is untrusted and is never parsed as HTML.
 */
export function Highlighted({
  text,
  start,
  end,
  marks,
}: {
  text: string;
  start: number;
  end: number;
  marks: readonly Mark[];
}) {
  const inside = marks
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = start;
  for (const m of inside) {
    if (m.start < at) continue; // overlapping marks: the first (longest) wins
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <mark key={`${m.start}-${m.end}`} className={`mark-${m.kind}`}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < end) parts.push(text.slice(at, end));
  return <>{parts}</>;
}

const TERMINATOR = /[.!?…]["'”’)]*\s/g;

/**
 * The sentence around a span: from after the previous full stop to the next one. Line breaks
 * and blank lines inside a sentence do not end it (the seed article is hard-wrapped).
 */
export function sentenceAround(text: string, start: number, end: number, maxSide = 400) {
  const from = Math.max(0, start - maxSide);
  let sStart = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m && m.index < start; m = TERMINATOR.exec(text)) {
    sStart = m.index + m[0].length;
  }
  TERMINATOR.lastIndex = end;
  const next = TERMINATOR.exec(text);
  let sEnd =
    next && next.index < end + maxSide ? next.index + next[0].trimEnd().length : text.length;
  sEnd = Math.min(sEnd, end + maxSide);
  while (sStart < start && /\s/.test(text[sStart])) sStart++;
  return { start: sStart, end: sEnd };
}
