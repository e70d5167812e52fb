import { ENTITY_TYPES, RELATION_TYPE_INFO } from "../model";
import type { Entity, EntityType, GraphDocument, Relation, RelationType } from "../model";
import type { DocumentIndex } from "./documentIndex";
import { searchEntities } from "./search";
import type { SearchHit } from "./search";
import type { AppState } from "./slices";

// What is shown, what is in focus, and the path between two entities: pure functions of the
// store, so the rules hold with no graph mounted. The graph and the panels draw what these say.

/** Memoises on argument identity: the store replaces what changes, so identity is enough. */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R) {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A): R => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) {
      return last;
    }
    lastArgs = args;
    last = compute(...args);
    return last;
  };
}

export interface Visibility {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

export interface FilterInputs {
  visibleTypes: ReadonlySet<EntityType>;
  showWeakRelations: boolean;
  hiddenRelationTypes: ReadonlySet<RelationType>;
  hiddenSources: ReadonlySet<string>;
  minSupport: number;
  hideIsolated: boolean;
}

/** Supporting sentences of a relation that come from sources still shown. */
export function supportCount(r: Relation, hiddenSources: ReadonlySet<string>): number {
  if (hiddenSources.size === 0) return r.evidence.length;
  let n = 0;
  for (const ev of r.evidence) if (!hiddenSources.has(ev.source)) n++;
  return n;
}

export function isRelationTypeShown(
  type: RelationType,
  f: Pick<FilterInputs, "showWeakRelations" | "hiddenRelationTypes">,
): boolean {
  return RELATION_TYPE_INFO[type].weak ? f.showWeakRelations : !f.hiddenRelationTypes.has(type);
}

/**
 * What the filters leave shown. An entity needs its type ticked and, when sources are unticked,
 * a mention in a shown source (an entity with no recorded mention is not judged by source). A
 * relation needs its type ticked, both ends shown and enough supporting sentences in the shown
 * sources (a relation with no recorded evidence passes only the default minimum of one).
 */
export function computeVisibility(doc: GraphDocument | null, f: FilterInputs): Visibility {
  const entities = new Set<string>();
  const relations = new Set<string>();
  if (!doc) return { entities, relations };
  for (const e of doc.entities) {
    if (!f.visibleTypes.has(e.type)) continue;
    if (
      f.hiddenSources.size > 0 &&
      e.mentions.length > 0 &&
      e.mentions.every((m) => f.hiddenSources.has(m.source))
    ) {
      continue;
    }
    entities.add(e.id);
  }
  const touched = new Set<string>();
  for (const r of doc.relations) {
    if (!isRelationTypeShown(r.type, f)) continue;
    if (!entities.has(r.source) || !entities.has(r.target)) continue;
    const support = r.evidence.length === 0 ? 1 : supportCount(r, f.hiddenSources);
    if (support < f.minSupport || support === 0) continue;
    relations.add(r.id);
    touched.add(r.source);
    touched.add(r.target);
  }
  if (f.hideIsolated) for (const id of entities) if (!touched.has(id)) entities.delete(id);
  return { entities, relations };
}

const filterVisibility = memoLast(
  (
    doc: GraphDocument | null,
    visibleTypes: ReadonlySet<EntityType>,
    showWeakRelations: boolean,
    hiddenRelationTypes: ReadonlySet<RelationType>,
    hiddenSources: ReadonlySet<string>,
    minSupport: number,
    hideIsolated: boolean,
  ) =>
    computeVisibility(doc, {
      visibleTypes,
      showWeakRelations,
      hiddenRelationTypes,
      hiddenSources,
      minSupport,
      hideIsolated,
    }),
);

/** What the filters show, before "only this neighbourhood". */
export const selectFilterVisibility = (s: AppState): Visibility =>
  filterVisibility(
    s.document,
    s.visibleTypes,
    s.showWeakRelations,
    s.hiddenRelationTypes,
    s.hiddenSources,
    s.minSupport,
    s.hideIsolated,
  );

/** Neighbours through shown relations, in document order. */
function shownNeighbours(
  id: string,
  index: DocumentIndex,
  shown: Visibility,
): { other: string; relation: Relation }[] {
  const out: { other: string; relation: Relation }[] = [];
  for (const r of index.relationsByEntity.get(id) ?? []) {
    if (!shown.relations.has(r.id)) continue;
    out.push({ other: r.source === id ? r.target : r.source, relation: r });
  }
  return out;
}

/**
 * Entities within `depth` hops of `centre` through shown relations, and the relations walked to
 * reach them (one end nearer than `depth`). Empty when the centre itself is not shown.
 */
export function neighbourhood(
  centre: string,
  depth: number,
  index: DocumentIndex,
  shown: Visibility,
): Visibility {
  const entities = new Set<string>();
  const relations = new Set<string>();
  if (!shown.entities.has(centre)) return { entities, relations };
  entities.add(centre);
  let frontier = [centre];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other, relation } of shownNeighbours(id, index, shown)) {
        relations.add(relation.id);
        if (!entities.has(other)) {
          entities.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { entities, relations };
}

const onlyNeighbourhood = memoLast(
  (shown: Visibility, index: DocumentIndex | null, centre: string | null, depth: number) => {
    if (!index || !centre || !shown.entities.has(centre)) return shown;
    const near = neighbourhood(centre, depth, index, shown);
    // Relations between two shown neighbours stay too: hiding them would misstate the picture.
    const relations = new Set<string>();
    for (const id of shown.relations) {
      const r = index.relationById.get(id)!;
      if (near.entities.has(r.source) && near.entities.has(r.target)) relations.add(id);
    }
    return { entities: near.entities, relations };
  },
);

const selectedEntityId = (s: AppState) => (s.selection?.kind === "entity" ? s.selection.id : null);

/**
 * What is shown: the filters, then "only this neighbourhood" around the selected entity. Layouts,
 * neighbourhoods, paths and metrics all take this and nothing hidden.
 */
export const selectShown = (s: AppState): Visibility => {
  const filtered = selectFilterVisibility(s);
  if (!s.onlyNeighbourhood) return filtered;
  return onlyNeighbourhood(filtered, s.index, selectedEntityId(s), s.depth);
};

export interface PathStep {
  from: string;
  to: string;
  /** Every shown relation between the two, typed before weak. */
  relations: Relation[];
}
export interface PathResult {
  from: string;
  to: string;
  /** Entity ids from `from` to `to`; empty when no path runs through shown relations. */
  entities: string[];
  steps: PathStep[];
}

const byStrength = (a: Relation, b: Relation) =>
  Number(!!RELATION_TYPE_INFO[a.type].weak) - Number(!!RELATION_TYPE_INFO[b.type].weak) ||
  b.evidence.length - a.evidence.length;

/**
 * The shortest path (fewest hops) through shown relations, found breadth first. Among equally
 * short paths the one reached first wins, with typed relations tried before weak ones and better
 * supported before weaker, so the answer is stable and reads well.
 */
export function shortestPath(
  from: string,
  to: string,
  index: DocumentIndex,
  shown: Visibility,
): PathResult {
  const none: PathResult = { from, to, entities: [], steps: [] };
  if (!shown.entities.has(from) || !shown.entities.has(to)) return none;
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !previous.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const ns = shownNeighbours(id, index, shown).sort((a, b) =>
        byStrength(a.relation, b.relation),
      );
      for (const { other } of ns) {
        if (previous.has(other)) continue;
        previous.set(other, id);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!previous.has(to)) return none;
  const entities: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) entities.unshift(at);
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < entities.length; i++) {
    const [a, b] = [entities[i], entities[i + 1]];
    const relations = shownNeighbours(a, index, shown)
      .filter((n) => n.other === b)
      .map((n) => n.relation)
      .sort(byStrength);
    steps.push({ from: a, to: b, relations });
  }
  return { from, to, entities, steps };
}

const activePath = memoLast(
  (
    path: AppState["path"],
    selected: string | null,
    index: DocumentIndex | null,
    shown: Visibility,
  ) =>
    path && index && path.from === selected ? shortestPath(path.from, path.to, index, shown) : null,
);

/** The path asked for, while its start is still the selection; null otherwise. */
export const selectActivePath = (s: AppState): PathResult | null =>
  activePath(s.path, selectedEntityId(s), s.index, selectShown(s));

export interface Focus {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** What the selection or path itself is (drawn strongest). */
  selected: ReadonlySet<string>;
  onPath: ReadonlySet<string>;
}

const focus = memoLast(
  (
    selection: AppState["selection"],
    index: DocumentIndex | null,
    shown: Visibility,
    depth: number,
    path: PathResult | null,
  ): Focus | null => {
    if (!selection || !index) return null;
    if (path && path.entities.length > 0) {
      const relations = new Set(path.steps.flatMap((s) => s.relations.map((r) => r.id)));
      const entities = new Set(path.entities);
      const onPath = new Set([...entities, ...relations]);
      return { entities, relations, selected: new Set([path.from, path.to]), onPath };
    }
    if (selection.kind === "entity") {
      const near = neighbourhood(selection.id, depth, index, shown);
      if (!near.entities.size) return null;
      return { ...near, selected: new Set([selection.id]), onPath: new Set() };
    }
    const r = index.relationById.get(selection.id);
    if (!r || !shown.relations.has(r.id)) return null;
    return {
      entities: new Set([r.source, r.target]),
      relations: new Set([r.id]),
      selected: new Set([r.id]),
      onPath: new Set(),
    };
  },
);

/**
 * What stays unfaded: the path when one is shown, else the selected entity's neighbourhood to
 * the chosen depth, else the selected relation and its ends. Null when nothing is selected.
 */
export const selectFocus = (s: AppState): Focus | null =>
  focus(s.selection, s.index, selectShown(s), s.depth, selectActivePath(s));

/** Whether the selection (and the path's far end) is still shown. */
export function isSelectionShownIn(s: AppState, shown: Visibility): boolean {
  const sel = s.selection;
  if (!sel) return true;
  return sel.kind === "entity" ? shown.entities.has(sel.id) : shown.relations.has(sel.id);
}

const searchHits = memoLast(
  (entities: readonly Entity[] | undefined, query: string, shown: Visibility) =>
    entities ? searchEntities(entities, query, (e) => shown.entities.has(e.id)) : [],
);
/** Shown entities that meet the search, best first. */
export const selectSearchHits = (s: AppState): readonly SearchHit[] =>
  searchHits(s.document?.entities, s.searchQuery, selectShown(s));

const hiddenHitCount = memoLast(
  (entities: readonly Entity[] | undefined, query: string, shown: Visibility) =>
    entities && query.trim()
      ? searchEntities(entities, query, (e) => !shown.entities.has(e.id)).length
      : 0,
);
/** Entities that meet the search but are hidden by the filters. */
export const selectHiddenSearchHitCount = (s: AppState): number =>
  hiddenHitCount(s.document?.entities, s.searchQuery, selectShown(s));

const matchIds = memoLast(
  (hits: readonly SearchHit[]) => new Set(hits.map((h) => h.entity.id)) as ReadonlySet<string>,
);
/** Ids the graph marks as search matches. */
export const selectSearchMatchIds = (s: AppState): ReadonlySet<string> =>
  matchIds(selectSearchHits(s));

/** How many relations of each type the document has, and how many of them are shown. */
export const selectRelationTypeCounts = (() => {
  const compute = memoLast((doc: GraphDocument | null, shown: Visibility) => {
    const counts = new Map<RelationType, { shown: number; total: number }>();
    for (const r of doc?.relations ?? []) {
      const c = counts.get(r.type) ?? { shown: 0, total: 0 };
      c.total++;
      if (shown.relations.has(r.id)) c.shown++;
      counts.set(r.type, c);
    }
    return counts as ReadonlyMap<RelationType, { shown: number; total: number }>;
  });
  return (s: AppState) => compute(s.document, selectShown(s));
})();

/** Whether every filter is at its default, so "Reset filters" has nothing to do. */
export const selectFiltersAtDefault = (s: AppState): boolean =>
  s.visibleTypes.size === ENTITY_TYPES.length &&
  !s.showWeakRelations &&
  s.hiddenRelationTypes.size === 0 &&
  s.hiddenSources.size === 0 &&
  s.minSupport === 1 &&
  !s.hideIsolated &&
  !s.onlyNeighbourhood;
