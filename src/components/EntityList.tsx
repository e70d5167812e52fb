import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { ENTITY_TYPE_STYLE } from "../model";
import type { Entity } from "../model";
import {
  selectSearchHits,
  selectSelection,
  selectShown,
  useAppStore,
  useAppStoreApi,
} from "../store";
import type { AppState, MetricName } from "../store";

import { useMetrics } from "../graph/useMetrics";
import { EntityListColumns, formatMetric, useSortedItems } from "./EntityListColumns";
import type { ListSort } from "./EntityListColumns";
import { TypeIcon } from "./TypeIcon";

const ROW_HEIGHT = 30;
const OVERSCAN = 8;
/** Rows drawn when the list cannot measure itself (first paint, or jsdom in tests). */
const FALLBACK_ROWS = 40;

const collator = new Intl.Collator("tr", { sensitivity: "base" });

/** All entities in alphabetical order: sorted once per document. */
const selectSorted = (() => {
  let last: readonly Entity[] | undefined;
  let sorted: readonly Entity[] = [];
  return (s: AppState): readonly Entity[] => {
    const entities = s.document?.entities;
    if (entities !== last) {
      last = entities;
      sorted = [...(entities ?? [])].sort((a, b) => collator.compare(a.label, b.label));
    }
    return sorted;
  };
})();
const selectQuery = (s: AppState) => s.searchQuery;

/** Shown entities, A-Z; while a search is typed, only those it finds (the header's search). */
function useListItems(): { items: Entity[]; query: string } {
  const sorted = useAppStore(selectSorted);
  // Deferred: a filter first redraws the graph, then the list catches up, so a click on a
  // checkbox is never held up by thousands of list entries.
  const shown = useDeferredValue(useAppStore(selectShown));
  const hits = useDeferredValue(useAppStore(selectSearchHits));
  const query = useAppStore(selectQuery).trim();
  const items = useMemo(() => {
    const found = query ? new Set(hits.map((h) => h.entity.id)) : null;
    return sorted.filter((e) => shown.entities.has(e.id) && (!found || found.has(e.id)));
  }, [sorted, shown, hits, query]);
  return { items, query };
}

/**
 * Every visible entity as a keyboard-navigable list box: the accessible twin of the canvas.
 * Only the rows in view are in the DOM, so 20k entities cost the same as 50.
 */
export function EntityList() {
  const selection = useAppStore(selectSelection);
  const store = useAppStoreApi();
  const { items: found, query } = useListItems();
  const [sort, setSort] = useState<ListSort>("name");
  const [column, setColumn] = useState<MetricName>("degree");
  const metrics = useMetrics(column !== "degree");
  const items = useSortedItems(found, sort, metrics);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(0);

  const selectedId = selection?.kind === "entity" ? selection.id : null;
  const activeIndex = selectedId ? items.findIndex((e) => e.id === selectedId) : -1;

  useEffect(() => {
    const el = listRef.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => setViewHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the selected row in view when the selection comes from the graph or the keyboard.
  useEffect(() => {
    const el = listRef.current;
    if (!el || activeIndex < 0) return;
    const top = activeIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight && el.clientHeight > 0) {
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    }
  }, [activeIndex]);

  const rowsInView = viewHeight > 0 ? Math.ceil(viewHeight / ROW_HEIGHT) : FALLBACK_ROWS;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, first + rowsInView + 2 * OVERSCAN);

  const move = (index: number) => {
    const e = items[Math.max(0, Math.min(items.length - 1, index))];
    if (e) store.getState().selectEntity(e.id);
  };
  const onKeyDown = (ev: KeyboardEvent) => {
    const page = Math.max(1, rowsInView - 1);
    const keys: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? 0 : activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: items.length - 1,
    };
    if (Object.hasOwn(keys, ev.key)) {
      ev.preventDefault();
      move(keys[ev.key]);
    } else if (ev.key === "Escape") {
      ev.preventDefault();
      store.getState().clearSelection();
    }
  };

  return (
    <section className="panel entity-list" aria-labelledby="entity-list-heading">
      <div className="panel-heading">
        <h2 id="entity-list-heading">Entities</h2>
        {query ? (
          <span className="muted small">
            {items.length} found{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => store.getState().setSearchQuery("")}
            >
              Clear search
            </button>
          </span>
        ) : (
          <span className="muted">{items.length}</span>
        )}
      </div>
      <EntityListColumns sort={sort} column={column} onSort={setSort} onColumn={setColumn} />
      <div
        ref={listRef}
        className="list-viewport"
        role="listbox"
        tabIndex={0}
        aria-label="Visible entities"
        aria-activedescendant={
          activeIndex >= 0 ? `entity-option-${items[activeIndex].id}` : undefined
        }
        onKeyDown={onKeyDown}
        onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}
      >
        <div style={{ height: items.length * ROW_HEIGHT, position: "relative" }}>
          {items.slice(first, last).map((e, i) => (
            <div
              key={e.id}
              id={`entity-option-${e.id}`}
              role="option"
              aria-selected={e.id === selectedId}
              className={e.id === selectedId ? "entity-row selected" : "entity-row"}
              style={{ top: (first + i) * ROW_HEIGHT, height: ROW_HEIGHT }}
              onClick={() => store.getState().selectEntity(e.id)}
              title={`${e.label} (${ENTITY_TYPE_STYLE[e.type].label})`}
            >
              <TypeIcon type={e.type} size={14} />
              <span className="entity-label">{e.label}</span>
              <span className="entity-metric">
                {metrics.pending && column !== "degree"
                  ? "…"
                  : formatMetric(column, metrics.byId.get(e.id)?.[column])}
              </span>
            </div>
          ))}
        </div>
        {items.length === 0 && (
          <p className="muted empty-note">
            {query ? `Nothing shown matches “${query}”.` : "No entity passes the filters."}
          </p>
        )}
      </div>
    </section>
  );
}
