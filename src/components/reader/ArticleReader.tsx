import { memo, useEffect, useMemo, useRef } from "react";
import type { CSSProperties, KeyboardEvent, MouseEvent, ReactNode } from "react";
import { ENTITY_TYPE_STYLE } from "../../model";
import type { Source, Span } from "../../model";
import {
  selectDocument,
  selectIndex,
  selectSelection,
  selectShown,
  useAppStore,
  useAppStoreApi,
} from "../../store";
import type { AppState, DocumentIndex, Selection } from "../../store";
import { SourceLink } from "../SourceLink";
import { mentionsIn, nestMarks, readerBlocks } from "./articleMarks";
import type { Block, MarkItem, MarkNode } from "./articleMarks";

// The article reader: one source at a time, every mention marked in its type's colour. Clicking a
// mention selects its entity; a selection (from anywhere) turns to an article that has it, marks
// its mentions or the relation's evidence and trigger words, and scrolls there. Source text is
// untrusted: it becomes text nodes and <mark> elements, never HTML.

const selectReaderSource = (s: AppState) => s.readerSource;
const selectReaderAt = (s: AppState) => s.readerAt;
const selectShownEntities = (s: AppState) => selectShown(s).entities;

/** The source the reader shows: the one asked for, else the document's first. */
function currentSource(state: AppState): Source | undefined {
  const wanted = state.readerSource;
  return (wanted !== null && state.index?.sourceById.get(wanted)) || state.document?.sources[0];
}

interface Focus {
  /** Entities whose mentions are marked as current: the entity, or the relation's two ends. */
  entities: ReadonlySet<string>;
  /** Evidence sentences in this source, and their trigger words. */
  evidence: readonly Span[];
  triggers: readonly Span[];
}
const NO_FOCUS: Focus = { entities: new Set(), evidence: [], triggers: [] };

function focusOf(selection: Selection, index: DocumentIndex | null, sourceId: string): Focus {
  if (!selection || !index) return NO_FOCUS;
  if (selection.kind === "entity") return { ...NO_FOCUS, entities: new Set([selection.id]) };
  const r = index.relationById.get(selection.id);
  if (!r) return NO_FOCUS;
  const evidence: Span[] = [];
  const triggers: Span[] = [];
  for (const ev of r.evidence) {
    if (ev.source !== sourceId) continue;
    evidence.push({ start: ev.start, end: ev.end });
    for (const t of ev.triggers ?? []) triggers.push({ start: t.start, end: t.end });
  }
  return { entities: new Set([r.source, r.target]), evidence, triggers };
}

/** The sources a selection has something in: an entity's mentions, a relation's evidence. */
function sourcesOf(selection: Selection, index: DocumentIndex): string[] {
  if (!selection) return [];
  const spans =
    selection.kind === "entity"
      ? index.entityById.get(selection.id)?.mentions
      : index.relationById.get(selection.id)?.evidence;
  return [...new Set((spans ?? []).map((s) => s.source))];
}

/**
 * Source texts are hard-wrapped: a single line end reads as a space, a blank line starts a new
 * paragraph. Only whitespace changes; every character of the text is still drawn in its place.
 */
function prose(text: string, key: number): ReactNode[] {
  const out: ReactNode[] = [];
  text.split(/[ \t]*\n[ \t]*\n\s*/u).forEach((part, i) => {
    // The break keeps a line end as its text, so copied text keeps its paragraphs.
    if (i > 0)
      out.push(
        <span key={`${key}-br${i}`} className="reader-break">
          {"\n"}
        </span>,
      );
    if (part) out.push(part.replace(/[ \t]*\n[ \t]*/gu, " "));
  });
  return out;
}

interface DrawContext {
  text: string;
  index: DocumentIndex;
  current: ReadonlySet<string>;
  shown: ReadonlySet<string>;
}

function drawRange(ctx: DrawContext, start: number, end: number, nodes: MarkNode[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = start;
  for (const n of nodes) {
    if (n.start > at) out.push(...prose(ctx.text.slice(at, n.start), at));
    out.push(drawMark(ctx, n));
    at = n.end;
  }
  if (at < end) out.push(...prose(ctx.text.slice(at, end), at));
  return out;
}

function drawMark(ctx: DrawContext, n: MarkNode): ReactNode {
  const inner = drawRange(ctx, n.start, n.end, n.children);
  const item: MarkItem = n.item;
  if (item.kind === "trigger") {
    return (
      <mark key={`t${n.start}`} className="mark-trigger">
        {inner}
      </mark>
    );
  }
  const style = ENTITY_TYPE_STYLE[item.type];
  const label = ctx.index.entityById.get(item.entity)?.label ?? item.entity;
  const hidden = !ctx.shown.has(item.entity);
  const classes = ["mention"];
  if (ctx.current.has(item.entity)) classes.push("current");
  if (hidden) classes.push("filtered");
  return (
    <mark
      key={`m${n.start}-${n.end}-${item.entity}`}
      className={classes.join(" ")}
      data-entity={item.entity}
      data-type={item.type}
      role={hidden ? undefined : "button"}
      tabIndex={hidden ? undefined : 0}
      title={`${label} (${style.label})${hidden ? ", hidden by a filter" : ""}`}
      style={{ "--type-color": style.color } as CSSProperties}
    >
      {inner}
    </mark>
  );
}

const NO_SPANS: readonly Span[] = [];

/**
 * One sentence (or the text between two). Memoised on what can change its look, so a new
 * selection redraws only the sentences it touches, not the whole article.
 */
const BlockView = memo(function BlockView({
  text,
  block,
  index,
  shown,
  current,
  evidence,
  triggers,
}: {
  text: string;
  block: Block;
  index: DocumentIndex;
  shown: ReadonlySet<string>;
  /** The focused entities mentioned in this block, joined: a string, so memo compares values. */
  current: string;
  evidence: boolean;
  triggers: readonly Span[];
}) {
  const items: MarkItem[] = block.mentions.map((m) => ({ ...m, kind: "mention" as const }));
  for (const t of triggers) {
    const start = Math.max(t.start, block.start);
    const end = Math.min(t.end, block.end);
    if (end > start) items.push({ start, end, kind: "trigger" });
  }
  const ctx: DrawContext = { text, index, shown, current: new Set(current.split(" ")) };
  const classes = [block.sentence ? "sentence" : "between"];
  if (evidence) classes.push("evidence-sentence");
  return (
    <span
      className={classes.join(" ")}
      data-start={block.start}
      data-end={block.end}
      aria-current={evidence ? "true" : undefined}
    >
      {drawRange(ctx, block.start, block.end, nestMarks(items))}
    </span>
  );
});

function ArticleText({
  source,
  blocks,
  index,
  focus,
}: {
  source: Source;
  blocks: Block[];
  index: DocumentIndex;
  focus: Focus;
}) {
  const shown = useAppStore(selectShownEntities);
  const overlaps = (b: Block, s: Span) => s.start < b.end && s.end > b.start;
  return (
    <>
      {blocks.map((b) => {
        const current = [...new Set(b.mentions.map((m) => m.entity))]
          .filter((id) => focus.entities.has(id))
          .sort()
          .join(" ");
        const evidence = b.sentence && focus.evidence.some((s) => overlaps(b, s));
        return (
          <BlockView
            key={b.start}
            text={source.text}
            block={b}
            index={index}
            shown={shown}
            current={current}
            evidence={evidence}
            triggers={evidence ? focus.triggers : NO_SPANS}
          />
        );
      })}
    </>
  );
}

/** "Kassym-Jomart Tokayev: 3 mentions in this article", or what a selection has here. */
function focusLine(
  selection: Selection,
  index: DocumentIndex,
  focus: Focus,
  blocks: Block[],
): string | null {
  if (!selection) return null;
  if (selection.kind === "relation") {
    const r = index.relationById.get(selection.id);
    if (!r) return null;
    const n = focus.evidence.length;
    const ends = `${index.entityById.get(r.source)?.label} ${r.label} ${index.entityById.get(r.target)?.label}`;
    return n
      ? `${ends}: ${n === 1 ? "1 sentence in this article says" : `${n} sentences in this article say`} so.`
      : `${ends}: no sentence in this article says so.`;
  }
  const label = index.entityById.get(selection.id)?.label ?? selection.id;
  let n = 0;
  for (const b of blocks) for (const m of b.mentions) if (m.entity === selection.id) n++;
  return n
    ? `${label}: ${n === 1 ? "1 mention" : `${n} mentions`} in this article.`
    : `${label} is not mentioned in this article.`;
}

export function ArticleReader() {
  const document = useAppStore(selectDocument);
  const index = useAppStore(selectIndex);
  const selection = useAppStore(selectSelection);
  const wanted = useAppStore(selectReaderSource);
  const readerAt = useAppStore(selectReaderAt);
  const store = useAppStoreApi();
  const body = useRef<HTMLDivElement>(null);
  // A mention clicked here is already in view: selecting it must not scroll the text away.
  const clicked = useRef<string | null>(null);
  const handledAt = useRef<AppState["readerAt"]>(null);

  const source =
    (wanted !== null ? index?.sourceById.get(wanted) : undefined) ?? document?.sources[0];
  const sourceId = source?.id ?? "";
  const blocks = useMemo(
    () =>
      source && index
        ? readerBlocks(
            source.text.length,
            source.sentences,
            mentionsIn(index.entityById.values(), source.id),
          )
        : [],
    [source, index],
  );
  const focus = useMemo(() => focusOf(selection, index, sourceId), [selection, index, sourceId]);
  const mentionCount = useMemo(() => blocks.reduce((n, b) => n + b.mentions.length, 0), [blocks]);

  // A new selection with nothing in this article turns the reader to the first article that
  // has it. Only a new selection does: a person who picks another article keeps it.
  useEffect(() => {
    const state = store.getState();
    if (!state.index || !selection) return;
    const has = sourcesOf(selection, state.index);
    const open = currentSource(state);
    if (has.length && open && !has.includes(open.id)) state.setReaderSource(has[0]);
  }, [selection, store]);

  // Scroll to what was asked for: a sentence from "Read in article", else the relation's
  // evidence or the entity's first mention.
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    let target: Element | null = null;
    if (readerAt && readerAt !== handledAt.current && readerAt.source === sourceId) {
      handledAt.current = readerAt;
      target =
        [...root.querySelectorAll<HTMLElement>("[data-start]")].find(
          (el) =>
            Number(el.dataset.start) <= readerAt.offset && readerAt.offset < Number(el.dataset.end),
        ) ?? null;
    } else if (selection) {
      const fromHere = selection.kind === "entity" && clicked.current === selection.id;
      clicked.current = null;
      if (fromHere) return;
      target =
        root.querySelector(".evidence-sentence") ?? root.querySelector("mark.mention.current");
    }
    if (target && typeof target.scrollIntoView === "function") {
      target.scrollIntoView({ block: "center" });
    }
  }, [selection, sourceId, readerAt]);

  const selectMention = (el: EventTarget) => {
    const mark = (el as Element).closest?.<HTMLElement>("mark.mention[data-entity]");
    const id = mark?.dataset.entity;
    if (!id || mark.classList.contains("filtered")) return false;
    clicked.current = id;
    store.getState().selectEntity(id);
    return true;
  };
  const onClick = (ev: MouseEvent<HTMLDivElement>) => {
    selectMention(ev.target);
  };
  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    if ((ev.key === "Enter" || ev.key === " ") && selectMention(ev.target)) ev.preventDefault();
  };

  if (!document || !index) return <section className="panel reader" aria-label="Reader" />;
  if (!source) {
    return (
      <section className="panel reader" aria-label="Reader">
        <h2>Reader</h2>
        <p className="muted">This graph has no source texts to read.</p>
      </section>
    );
  }
  const line = focusLine(selection, index, focus, blocks);
  return (
    <section className="panel reader" aria-label="Reader">
      <header className="reader-head">
        {document.sources.length > 1 && (
          <label className="reader-pick">
            <span className="muted small">Article</span>
            <select
              value={source.id}
              onChange={(ev) => store.getState().setReaderSource(ev.target.value)}
            >
              {document.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.date ? `${s.title} (${s.date})` : s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <h2 lang={source.language}>{source.title}</h2>
        <p className="muted small">
          {[source.publisher, source.date, source.language.toUpperCase()]
            .filter(Boolean)
            .join(" · ")}{" "}
          <SourceLink source={source} />
        </p>
        <p className="small reader-focus" aria-live="polite">
          {line ??
            `${mentionCount} mentions marked in their type's colour; click one to select it.`}
        </p>
      </header>
      {/* Clicks and keys are handled once here for every mention: an article can hold hundreds. */}
      <div
        ref={body}
        className="reader-text"
        lang={source.language}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <ArticleText source={source} blocks={blocks} index={index} focus={focus} />
      </div>
    </section>
  );
}
