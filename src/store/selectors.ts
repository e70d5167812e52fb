import { RELATION_TYPE_INFO } from "../model";
import type { Entity, EntityType, Relation } from "../model";
import { memoLast as memo, selectShown } from "./exploreSelectors";
import type { AppState } from "./slices";

// Pure selectors. Those returning new arrays or objects are memoised on their inputs, so a
// component re-renders only when what it shows has changed.

export const selectDocument = (s: AppState) => s.document;
export const selectIndex = (s: AppState) => s.index;
export const selectVisibleTypes = (s: AppState) => s.visibleTypes;
export const selectShowWeak = (s: AppState) => s.showWeakRelations;
export const selectSelection = (s: AppState) => s.selection;

export function isRelationShown(
  r: Relation,
  entityType: (id: string) => EntityType | undefined,
  visibleTypes: ReadonlySet<EntityType>,
  showWeak: boolean,
): boolean {
  if (!showWeak && RELATION_TYPE_INFO[r.type].weak) return false;
  const s = entityType(r.source);
  const t = entityType(r.target);
  return s !== undefined && t !== undefined && visibleTypes.has(s) && visibleTypes.has(t);
}

const visibleEntities = memo(
  (entities: readonly Entity[] | undefined, shown: ReadonlySet<string>) =>
    (entities ?? []).filter((e) => shown.has(e.id)),
);
/** Entities shown under every filter, in document order. */
export const selectVisibleEntities = (s: AppState) =>
  visibleEntities(s.document?.entities, selectShown(s).entities);

export interface Counts {
  entities: { visible: number; total: number };
  relations: { visible: number; total: number };
}
const counts = memo(
  (visibleEntities: number, totalEntities: number, visibleRel: number, totalRel: number) => ({
    entities: { visible: visibleEntities, total: totalEntities },
    relations: { visible: visibleRel, total: totalRel },
  }),
);
/**
 * The header's "visible / total" numbers. Weak links switched off are not counted in the total:
 * they are a layer the user has not asked for, so "28 / 28" with every filter at its default.
 */
export const selectCounts = (s: AppState): Counts => {
  const shown = selectShown(s);
  const total =
    (s.document?.relations.length ?? 0) -
    (s.showWeakRelations ? 0 : (s.index?.weakRelationCount ?? 0));
  return counts(shown.entities.size, s.document?.entities.length ?? 0, shown.relations.size, total);
};

export const selectSelectedEntity = (s: AppState): Entity | null =>
  s.selection?.kind === "entity" ? (s.index?.entityById.get(s.selection.id) ?? null) : null;

export const selectSelectedRelation = (s: AppState): Relation | null =>
  s.selection?.kind === "relation" ? (s.index?.relationById.get(s.selection.id) ?? null) : null;

const noRelations: readonly Relation[] = [];
/** Relations of the selected entity, strongest first (typed before weak co-occurrence). */
const sortedRelations = memo((list: readonly Relation[] | undefined) =>
  list
    ? [...list].sort(
        (a, b) =>
          Number(!!RELATION_TYPE_INFO[a.type].weak) - Number(!!RELATION_TYPE_INFO[b.type].weak),
      )
    : noRelations,
);
export const selectSelectedEntityRelations = (s: AppState): readonly Relation[] => {
  const e = selectSelectedEntity(s);
  return e ? sortedRelations(s.index?.relationsByEntity.get(e.id)) : noRelations;
};

export const selectDocumentTitle = (s: AppState) => s.document?.title ?? "Relgraph";
