import { ENTITY_TYPES, RELATION_TYPE_INFO } from "../model";
import type { Entity, EntityType, GraphDocument, Relation, Source } from "../model";

/** Lookups built once per loaded document, so selectors never scan the whole document. */
export interface DocumentIndex {
  entityById: ReadonlyMap<string, Entity>;
  relationById: ReadonlyMap<string, Relation>;
  sourceById: ReadonlyMap<string, Source>;
  /** Relations touching an entity, in document order. */
  relationsByEntity: ReadonlyMap<string, readonly Relation[]>;
  entityCountByType: Readonly<Record<EntityType, number>>;
  /** How many relations are weak ("mentioned with"), hidden unless the user asks. */
  weakRelationCount: number;
}

export function emptyTypeCounts(): Record<EntityType, number> {
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
}

export function buildIndex(doc: GraphDocument): DocumentIndex {
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  const relationById = new Map(doc.relations.map((r) => [r.id, r]));
  const sourceById = new Map(doc.sources.map((s) => [s.id, s]));
  const relationsByEntity = new Map<string, Relation[]>();
  for (const r of doc.relations) {
    for (const end of r.source === r.target ? [r.source] : [r.source, r.target]) {
      let list = relationsByEntity.get(end);
      if (!list) relationsByEntity.set(end, (list = []));
      list.push(r);
    }
  }
  const entityCountByType = emptyTypeCounts();
  for (const e of doc.entities) entityCountByType[e.type] += 1;
  let weakRelationCount = 0;
  for (const r of doc.relations) if (RELATION_TYPE_INFO[r.type].weak) weakRelationCount++;
  return {
    entityById,
    relationById,
    sourceById,
    relationsByEntity,
    entityCountByType,
    weakRelationCount,
  };
}
