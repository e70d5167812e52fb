import type { EntityType, Span } from "../../model";

// What the article reader draws, as plain data: the text cut into blocks (the extractor's
// sentences and the text between them) and every mention inside its block, nested where one
// mention sits in another ("Kazakistan" inside "Kazakistan Cumhurbaşkanı"). No React here, so the
// rules are tested on their own; the reader turns these into elements, never into HTML.

export interface MentionMark extends Span {
  entity: string;
  type: EntityType;
}

/** Anything drawn around a stretch of text inside a block: a mention, or a relation's trigger. */
export type MarkItem = (MentionMark & { kind: "mention" }) | (Span & { kind: "trigger" });

export interface Block extends Span {
  /** A stored sentence, or the text between two (blank lines, a headline the splitter skipped). */
  sentence: boolean;
  /** The mentions inside this block, cut at its edges, by start. */
  mentions: MentionMark[];
}

export interface MarkNode {
  item: MarkItem;
  start: number;
  end: number;
  children: MarkNode[];
}

/** Every mention of every entity in one source, by start (the longer first at one start). */
export function mentionsIn(
  entities: Iterable<{
    id: string;
    type: EntityType;
    mentions: readonly { source: string; start: number; end: number }[];
  }>,
  sourceId: string,
): MentionMark[] {
  const out: MentionMark[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.source === sourceId && m.end > m.start) {
        out.push({ start: m.start, end: m.end, entity: e.id, type: e.type });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Cuts [0, textLength) into sentence blocks and the gaps between them, and puts each mention into
 * every block it overlaps (a mention across a sentence break is drawn in both parts). Sentences
 * must be in order; one that overlaps the previous is cut to start where that one ended.
 */
export function readerBlocks(
  textLength: number,
  sentences: readonly Span[],
  mentions: readonly MentionMark[],
): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const s of sentences) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, textLength);
    if (end <= start) continue;
    if (start > at) blocks.push({ start: at, end: start, sentence: false, mentions: [] });
    blocks.push({ start, end, sentence: true, mentions: [] });
    at = end;
  }
  if (at < textLength) blocks.push({ start: at, end: textLength, sentence: false, mentions: [] });
  // Mentions come by start, so the first block a mention can touch only moves forward.
  let first = 0;
  for (const m of mentions) {
    while (first < blocks.length && blocks[first].end <= m.start) first++;
    for (let b = first; b < blocks.length && blocks[b].start < m.end; b++) {
      const block = blocks[b];
      block.mentions.push({
        ...m,
        start: Math.max(m.start, block.start),
        end: Math.min(m.end, block.end),
      });
    }
  }
  return blocks;
}

const rank = (item: MarkItem) => (item.kind === "mention" ? 0 : 1);
const order = (a: MarkItem, b: MarkItem) => a.start - b.start || rank(a) - rank(b) || b.end - a.end;

/**
 * Nests marks into a tree for drawing: a mark inside another becomes its child. Marks that cross
 * (neither holds the other) are cut where the outer one ends and the rest carries on beside it,
 * so every character is drawn once and no mark is lost.
 */
export function nestMarks(items: readonly MarkItem[]): MarkNode[] {
  const sorted = items.filter((i) => i.end > i.start).sort(order);
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  // The rests of cut marks, kept in drawing order; rare, so a sorted array is enough.
  const rests: MarkItem[] = [];
  let i = 0;
  while (i < sorted.length || rests.length) {
    const item =
      rests.length && (i >= sorted.length || order(rests[0], sorted[i]) <= 0)
        ? rests.shift()!
        : sorted[i++];
    while (open.length && open[open.length - 1].end <= item.start) open.pop();
    const parent = open[open.length - 1];
    let end = item.end;
    if (parent && end > parent.end) {
      rests.push({ ...item, start: parent.end });
      rests.sort(order);
      end = parent.end;
    }
    const node: MarkNode = { item, start: item.start, end, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}
