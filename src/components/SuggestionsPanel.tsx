import { memo, useDeferredValue, useId, useMemo, useState } from "react";
import type { Suggestion } from "../extract";
import { ENTITY_TYPE_STYLE, RELATION_TYPE_INFO, sentenceAt } from "../model";
import type { Entity, EntityType, RelationType } from "../model";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState, DocumentIndex } from "../store";
import { indexSpellings, newId, similarEntities, slugify } from "../workspace";
import type { SpellingIndex } from "../workspace";
import { EntityOptions, TypeSelect } from "./EntityPickers";
import { Highlighted } from "./Highlighted";
import { TypeIcon } from "./TypeIcon";

// Names the extractor did not know, for a person to decide on: accept (as it is or edited),
// reject (not suggested again here) or merge into a known entity as another spelling. Each
// decision is an operation of the workspace; the graph is re-extracted with it.

const selectSuggestions = (s: AppState) => s.suggestions;
const selectIndex = (s: AppState) => s.index;
const selectDocument = (s: AppState) => s.document;
const MAX_SENTENCES = 3;
/** Suggestions drawn at once; the most frequent come first. */
const PAGE = 30;

/** A new entity id from a label, not taken by any entity in the graph. */
function freeId(label: string, taken: (id: string) => boolean): string {
  const base = slugify(label) || "entity";
  let id = base;
  for (let i = 2; taken(id); i++) id = `${base}-${i}`;
  return id;
}

const ROLES: ReadonlySet<RelationType> = new Set(["leader_of", "former_leader_of", "official_of"]);
const isRole = (t: RelationType): t is "leader_of" | "former_leader_of" | "official_of" =>
  ROLES.has(t);

export function SuggestionsPanel() {
  // Deferred: when an extraction lands, the graph goes first and this list follows in a render
  // React can interrupt, so the two never make one long task together.
  const suggestions = useDeferredValue(useAppStore(selectSuggestions));
  const index = useDeferredValue(useAppStore(selectIndex));
  const doc = useDeferredValue(useAppStore(selectDocument));
  const entities = useMemo(() => doc?.entities ?? [], [doc]);
  // Spelling keys once per graph, not once per suggestion: a big ingest lists hundreds.
  const spellings = useMemo(() => indexSpellings(entities), [entities]);
  const [limit, setLimit] = useState(PAGE);
  return (
    <section className="suggestions" aria-label="Suggestions">
      <p className="muted suggestions-intro">
        {suggestions.length
          ? `${suggestions.length} name${suggestions.length === 1 ? "" : "s"} Relgraph did not know. Accept, reject, or merge each into an entity you have.`
          : "No names to review. Names Relgraph does not know appear here after you add articles."}
      </p>
      <ul className="suggestion-list">
        {suggestions.slice(0, limit).map((s) => (
          <SuggestionItem
            key={s.id}
            suggestion={s}
            index={index}
            entities={entities}
            spellings={spellings}
          />
        ))}
      </ul>
      {suggestions.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, suggestions.length - limit)} more of {suggestions.length - limit}
        </button>
      )}
    </section>
  );
}

const SuggestionItem = memo(function SuggestionItem({
  suggestion,
  index,
  entities,
  spellings,
}: {
  suggestion: Suggestion;
  index: DocumentIndex | null;
  entities: readonly Entity[];
  spellings: SpellingIndex;
}) {
  const store = useAppStoreApi();
  const ids = useId();
  const [mode, setMode] = useState<"view" | "accept" | "merge">("view");
  const [label, setLabel] = useState(suggestion.base);
  const [type, setType] = useState<EntityType>(suggestion.type);
  // The article's other spellings of the name ("Ospanov", "REIN") are offered with it.
  const [aliases, setAliases] = useState(suggestion.aliases?.join(", ") ?? "");
  const similar = useMemo(
    () => similarEntities(suggestion.base, spellings),
    [suggestion.base, spellings],
  );
  const [mergeInto, setMergeInto] = useState(similar[0]?.id ?? "");
  const now = () => new Date().toISOString();

  const accept = () => {
    const clean = label.trim() || suggestion.base;
    const extra = aliases
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    const id = freeId(clean, (x) => !!index?.entityById.has(x));
    // The relations the sentence gave the name wait for this: an office becomes the entry's role
    // (a bare title can then stand for the person) and every relation a fact, stated wherever a
    // sentence names both.
    const waiting = (suggestion.relations ?? []).filter((r) => !r.reverse);
    store.getState().commit({
      id: newId("op"),
      at: now(),
      kind: "accept",
      suggestion: suggestion.id,
      entry: {
        id,
        type,
        label: clean,
        aliases: [...new Set([suggestion.base, ...extra].filter((a) => a !== clean))],
        attributes: {},
        roles: waiting.flatMap((r) => (isRole(r.type) ? [{ relation: r.type, of: r.target }] : [])),
        facts: waiting.map((r) => ({ relation: r.type, target: r.target })),
      },
    });
  };
  const merge = (targetId: string) => {
    const target = index?.entityById.get(targetId);
    if (!target) return;
    store.getState().commit({
      id: newId("op"),
      at: now(),
      kind: "mergeSuggestion",
      suggestion: suggestion.id,
      entry: {
        id: target.id,
        type: target.type,
        label: target.label,
        aliases: [suggestion.base, ...(suggestion.aliases ?? [])],
        attributes: {},
        roles: [],
        facts: [],
      },
    });
  };
  const reject = () =>
    store.getState().commit({
      id: newId("op"),
      at: now(),
      kind: "reject",
      suggestion: suggestion.id,
      base: suggestion.base,
    });

  const sentences = useMemo(() => {
    const out: {
      key: string;
      text: string;
      start: number;
      end: number;
      mark: { start: number; end: number };
    }[] = [];
    for (const o of suggestion.occurrences) {
      const source = index?.sourceById.get(o.source);
      if (!source) continue;
      const span = sentenceAt(source, o.start, o.end);
      const key = `${o.source}:${span.start}`;
      if (out.some((x) => x.key === key)) continue;
      out.push({ key, text: source.text, ...span, mark: { start: o.start, end: o.end } });
      if (out.length >= MAX_SENTENCES) break;
    }
    return out;
  }, [suggestion.occurrences, index]);

  const best = similar[0];
  // "official of Kazakhstan", "located in Kazan": the relations accepting the name adds.
  const waitingLabels = (suggestion.relations ?? [])
    .filter((r) => !r.reverse)
    .map(
      (r) =>
        `${RELATION_TYPE_INFO[r.type].label} ${index?.entityById.get(r.target)?.label ?? r.target}`,
    );
  return (
    <li className="suggestion" aria-labelledby={`${ids}-name`}>
      <div className="suggestion-head">
        <TypeIcon type={suggestion.type} size={14} />
        <strong id={`${ids}-name`}>{suggestion.base}</strong>
        <span className="muted">
          {ENTITY_TYPE_STYLE[suggestion.type].label.toLowerCase()} ·{" "}
          {Math.round(suggestion.confidence * 100)}% · {suggestion.occurrences.length}×
        </span>
      </div>
      {(suggestion.aliases?.length ?? 0) > 0 && (
        <p className="suggestion-note muted">Also written: {suggestion.aliases!.join(", ")}</p>
      )}
      {waitingLabels.length > 0 && (
        <p className="suggestion-note">
          <span className="muted">Added when you accept: </span>
          {waitingLabels.join("; ")}
        </p>
      )}
      <ol className="evidence-list compact">
        {sentences.map((s) => (
          <li key={s.key}>
            <Highlighted
              text={s.text}
              start={s.start}
              end={s.end}
              marks={[{ ...s.mark, kind: "mention" }]}
            />
          </li>
        ))}
      </ol>
      {best && mode === "view" && (
        <p className="similar-hint">
          Looks like <strong>{best.label}</strong> written another way.{" "}
          <button type="button" className="primary small" onClick={() => merge(best.id)}>
            Merge into {best.label}
          </button>
        </p>
      )}
      {mode === "view" && (
        <div className="suggestion-actions">
          <button type="button" onClick={() => setMode("accept")}>
            Accept
          </button>
          <button type="button" onClick={reject}>
            Reject
          </button>
          <button type="button" onClick={() => setMode("merge")} disabled={!entities.length}>
            Merge into…
          </button>
        </div>
      )}
      {mode === "accept" && (
        <form
          className="suggestion-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            accept();
          }}
        >
          <label className="field">
            Label
            <input value={label} onChange={(ev) => setLabel(ev.target.value)} />
          </label>
          <label className="field">
            Type
            <TypeSelect value={type} onChange={setType} />
          </label>
          <label className="field">
            Other spellings (comma-separated)
            <input value={aliases} onChange={(ev) => setAliases(ev.target.value)} />
          </label>
          <div className="suggestion-actions">
            <button type="submit" className="primary">
              Accept
            </button>
            <button type="button" onClick={() => setMode("view")}>
              Back
            </button>
          </div>
        </form>
      )}
      {mode === "merge" && (
        <form
          className="suggestion-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            merge(mergeInto);
          }}
        >
          <label className="field">
            Merge into
            <select value={mergeInto} onChange={(ev) => setMergeInto(ev.target.value)} required>
              <option value="" disabled>
                Choose an entity…
              </option>
              {similar.length > 0 && (
                <optgroup label="Probably the same">
                  <EntityOptions entities={similar} />
                </optgroup>
              )}
              <optgroup label="All entities">
                <EntityOptions
                  entities={[...entities].sort((a, b) => a.label.localeCompare(b.label, "tr"))}
                />
              </optgroup>
            </select>
          </label>
          <div className="suggestion-actions">
            <button type="submit" className="primary" disabled={!mergeInto}>
              Merge
            </button>
            <button type="button" onClick={() => setMode("view")}>
              Back
            </button>
          </div>
        </form>
      )}
    </li>
  );
});
