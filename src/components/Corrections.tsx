import { useId, useMemo, useState } from "react";
import type { CurationOperation } from "../extract";
import { RELATION_TYPES, RELATION_TYPE_INFO, sentenceAt } from "../model";
import type { Entity, EntityType, Relation, RelationType } from "../model";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState, DocumentIndex } from "../store";
import { newId } from "../workspace";
import { EntityOptions, TypeSelect } from "./EntityPickers";

// Corrections of the graph, each stored as an operation of the curation format, so the app and
// `npm run extract` share them. Only for the workspace's own graph, not a file being viewed.

const selectEditable = (s: AppState) => s.workspace !== null && s.viewingFile === null;
const selectIndex = (s: AppState) => s.index;
const selectEntities = (s: AppState) => s.document?.entities;

function useCurate() {
  const store = useAppStoreApi();
  return (operation: CurationOperation) =>
    store
      .getState()
      .commit({ id: newId("op"), at: new Date().toISOString(), kind: "curate", operation });
}

const byLabel = (a: Entity, b: Entity) => a.label.localeCompare(b.label, "tr");

export function EntityCorrections({ entity }: { entity: Entity }) {
  const editable = useAppStore(selectEditable);
  const index = useAppStore(selectIndex);
  const entities = useAppStore(selectEntities);
  const curate = useCurate();
  const ids = useId();
  const [label, setLabel] = useState(entity.label);
  const [type, setType] = useState<EntityType>(entity.type);
  const [mergeInto, setMergeInto] = useState("");
  const others = useMemo(
    () => (entities ?? []).filter((e) => e.id !== entity.id).sort(byLabel),
    [entities, entity.id],
  );
  if (!editable || !index) return null;
  return (
    <details className="corrections" key={entity.id}>
      <summary>Correct this entity</summary>
      <form
        className="correction-row"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (label.trim() && label.trim() !== entity.label)
            curate({ op: "rename", id: entity.id, label: label.trim() });
        }}
      >
        <label className="field grow">
          Name
          <input value={label} onChange={(ev) => setLabel(ev.target.value)} />
        </label>
        <button type="submit">Rename</button>
      </form>
      <form
        className="correction-row"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (type !== entity.type) curate({ op: "retype", id: entity.id, type });
        }}
      >
        <label className="field grow">
          Type
          <TypeSelect value={type} onChange={setType} />
        </label>
        <button type="submit">Change type</button>
      </form>
      <form
        className="correction-row"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (mergeInto) curate({ op: "merge", from: entity.id, into: mergeInto });
        }}
      >
        <label className="field grow" htmlFor={`${ids}-merge`}>
          Same as
        </label>
        <select
          id={`${ids}-merge`}
          value={mergeInto}
          onChange={(ev) => setMergeInto(ev.target.value)}
        >
          <option value="">Choose an entity…</option>
          <EntityOptions entities={others} />
        </select>
        <button type="submit" disabled={!mergeInto}>
          Merge entities
        </button>
      </form>
      <AddRelation entity={entity} index={index} others={others} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (
            window.confirm(`Delete ${entity.label} and its relations from this workspace's graph?`)
          )
            curate({ op: "dropEntity", id: entity.id });
        }}
      >
        Delete entity
      </button>
    </details>
  );
}

/** A relation the extractor missed: two entities, a type, and the sentence that says so. */
function AddRelation({
  entity,
  index,
  others,
}: {
  entity: Entity;
  index: DocumentIndex;
  others: readonly Entity[];
}) {
  const curate = useCurate();
  const [type, setType] = useState<RelationType>("cooperates_with");
  const [target, setTarget] = useState("");
  const [sentence, setSentence] = useState("");
  // Sentences that mention this entity; those that also mention the other end first.
  const sentences = useMemo(() => {
    const other = index.entityById.get(target);
    const otherSpans = new Set(
      (other?.mentions ?? []).map((m) => {
        const s = index.sourceById.get(m.source);
        return s ? `${m.source}:${sentenceAt(s, m.start, m.end).start}` : "";
      }),
    );
    const seen = new Map<string, { key: string; source: string; text: string; both: boolean }>();
    for (const m of entity.mentions) {
      const s = index.sourceById.get(m.source);
      if (!s) continue;
      const span = sentenceAt(s, m.start, m.end);
      const key = `${m.source}:${span.start}`;
      if (!seen.has(key))
        seen.set(key, {
          key,
          source: m.source,
          text: s.text.slice(span.start, span.end),
          both: otherSpans.has(key),
        });
    }
    return [...seen.values()].sort((a, b) => Number(b.both) - Number(a.both));
  }, [entity, index, target]);
  const picked = sentences.find((s) => s.key === sentence) ?? sentences[0];
  return (
    <form
      className="add-relation"
      onSubmit={(ev) => {
        ev.preventDefault();
        if (!target || !picked) return;
        curate({
          op: "addRelation",
          type,
          source: entity.id,
          target,
          evidence: [{ source: picked.source, quote: picked.text.trim() }],
        });
        setTarget("");
      }}
    >
      <h4>Add a relation</h4>
      <label className="field">
        Relation
        <select value={type} onChange={(ev) => setType(ev.target.value as RelationType)}>
          {RELATION_TYPES.filter((t) => !RELATION_TYPE_INFO[t].weak).map((t) => (
            <option key={t} value={t}>
              {RELATION_TYPE_INFO[t].label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        To
        <select value={target} onChange={(ev) => setTarget(ev.target.value)}>
          <option value="">Choose an entity…</option>
          <EntityOptions entities={others} />
        </select>
      </label>
      <label className="field">
        Evidence sentence
        <select
          value={picked?.key ?? ""}
          onChange={(ev) => setSentence(ev.target.value)}
          disabled={!sentences.length}
        >
          {sentences.map((s) => (
            <option key={s.key} value={s.key}>
              {s.both ? "★ " : ""}
              {s.text.length > 110 ? `${s.text.slice(0, 109)}…` : s.text}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!target || !picked}>
        Add relation
      </button>
    </form>
  );
}

export function RelationCorrections({ relation }: { relation: Relation }) {
  const editable = useAppStore(selectEditable);
  const curate = useCurate();
  if (!editable) return null;
  return (
    <div className="corrections">
      <button
        type="button"
        className="danger"
        onClick={() => curate({ op: "dropRelation", id: relation.id })}
      >
        Delete relation
      </button>
    </div>
  );
}
