import { ENTITY_TYPES, ENTITY_TYPE_STYLE } from "../model";
import type { Entity, EntityType } from "../model";

/** A select of the entity types, by the legend's names; one list everywhere a type is picked. */
export function TypeSelect({
  value,
  onChange,
}: {
  value: EntityType;
  onChange: (t: EntityType) => void;
}) {
  return (
    <select value={value} onChange={(ev) => onChange(ev.target.value as EntityType)}>
      {ENTITY_TYPES.map((t) => (
        <option key={t} value={t}>
          {ENTITY_TYPE_STYLE[t].label}
        </option>
      ))}
    </select>
  );
}

/** One option per entity, for pickers of a merge target or a relation's other end. */
export function EntityOptions({ entities }: { entities: readonly Pick<Entity, "id" | "label">[] }) {
  return (
    <>
      {entities.map((e) => (
        <option key={e.id} value={e.id}>
          {e.label}
        </option>
      ))}
    </>
  );
}
