import { useDeferredValue } from "react";
import { RELATION_TYPES, RELATION_TYPE_INFO } from "../model";
import {
  MIN_SUPPORT_CHOICES,
  isRelationTypeShown,
  selectFiltersAtDefault,
  selectRelationTypeCounts,
  useAppStore,
  useAppStoreApi,
} from "../store";
import type { AppState } from "../store";

const selectSources = (s: AppState) => s.document?.sources;
const selectHiddenRelationTypes = (s: AppState) => s.hiddenRelationTypes;
const selectShowWeak = (s: AppState) => s.showWeakRelations;
const selectHiddenSources = (s: AppState) => s.hiddenSources;
const selectMinSupport = (s: AppState) => s.minSupport;
const selectHideIsolated = (s: AppState) => s.hideIsolated;

/**
 * Filters beyond entity types: relation types (each with how many are shown of how many), source
 * articles, a minimum number of supporting sentences, and hiding entities left without relations.
 * One reset puts every filter back, types included.
 */
export function RelationFilters() {
  const store = useAppStoreApi();
  // Deferred, like the entity list: a new document or filter redraws the graph first.
  const typeCounts = useDeferredValue(useAppStore(selectRelationTypeCounts));
  const hiddenTypes = useAppStore(selectHiddenRelationTypes);
  const showWeakRelations = useAppStore(selectShowWeak);
  const sources = useDeferredValue(useAppStore(selectSources)) ?? [];
  const hiddenSources = useAppStore(selectHiddenSources);
  const minSupport = useAppStore(selectMinSupport);
  const hideIsolated = useAppStore(selectHideIsolated);
  const atDefault = useAppStore(selectFiltersAtDefault);
  const actions = store.getState();
  const present = RELATION_TYPES.filter((t) => typeCounts.has(t));
  const typesOff = present.filter(
    (t) => !isRelationTypeShown(t, { showWeakRelations, hiddenRelationTypes: hiddenTypes }),
  ).length;
  const moreActive = hiddenSources.size > 0 || minSupport > 1 || hideIsolated ? " (on)" : "";

  return (
    <section className="panel relation-filters" aria-labelledby="relation-filters-heading">
      <div className="panel-heading">
        <h2 id="relation-filters-heading">Relations</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => actions.resetFilters()}
          disabled={atDefault}
          title="Every filter back to its default: all types, no weak links"
        >
          Reset filters
        </button>
      </div>
      <details className="filter-group">
        <summary>
          Relation types{" "}
          <span className="muted small">
            {typesOff ? `${typesOff} of ${present.length} off` : `all ${present.length}`}
          </span>
        </summary>
        <ul className="type-list relation-type-list">
          {present.map((type) => {
            const info = RELATION_TYPE_INFO[type];
            const c = typeCounts.get(type)!;
            const id = `relation-type-${type}`;
            const on = isRelationTypeShown(type, {
              showWeakRelations,
              hiddenRelationTypes: hiddenTypes,
            });
            return (
              <li key={type} className="type-row">
                <input
                  id={id}
                  type="checkbox"
                  checked={on}
                  onChange={(ev) =>
                    info.weak
                      ? actions.setShowWeakRelations(ev.target.checked)
                      : actions.setRelationTypeVisible(type, ev.target.checked)
                  }
                />
                <label htmlFor={id}>
                  <span className={info.weak ? "relation-swatch weak" : "relation-swatch"} />
                  <span
                    className="type-name"
                    title={info.weak ? "Weak links: named in the same sentence" : undefined}
                  >
                    {info.label}
                  </span>
                  <span
                    className="type-count"
                    aria-label={`${c.shown} of ${c.total} shown`}
                    title={`${c.shown} of ${c.total} shown`}
                  >
                    {c.shown === c.total ? c.total : `${c.shown} / ${c.total}`}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </details>
      <details className="filter-group">
        <summary>
          Sources and support<span className="muted small">{moreActive}</span>
        </summary>
        {sources.length > 0 && (
          <fieldset className="filter-fieldset">
            <legend>Source articles</legend>
            {sources.map((src) => (
              <label key={src.id} className="check-row" title={src.title}>
                <input
                  type="checkbox"
                  checked={!hiddenSources.has(src.id)}
                  onChange={(ev) => actions.setSourceVisible(src.id, ev.target.checked)}
                />
                <span className="ellipsis">{src.title}</span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="filter-fieldset">
          <legend>Supporting sentences, at least</legend>
          <div className="segmented">
            {MIN_SUPPORT_CHOICES.map((n) => (
              <label key={n}>
                <input
                  type="radio"
                  name="min-support"
                  value={n}
                  checked={minSupport === n}
                  onChange={() => actions.setMinSupport(n)}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="check-row">
          <input
            type="checkbox"
            checked={hideIsolated}
            onChange={(ev) => actions.setHideIsolated(ev.target.checked)}
          />
          Hide entities without shown relations
        </label>
      </details>
    </section>
  );
}
