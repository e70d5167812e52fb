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
