import { ENTITY_TYPES, ENTITY_TYPE_STYLE } from "../model";
import { selectIndex, selectVisibleTypes, useAppStore } from "../store";
import { useAppStoreApi } from "../store";
import type { AppState } from "../store";
import { TypeIcon } from "./TypeIcon";

const selectTypeCounts = (s: AppState) => s.index?.entityCountByType;
const selectShowWeak = (s: AppState) => s.showWeakRelations;
const selectWeakCount = (s: AppState) => s.index?.weakRelationCount ?? 0;

/** The type filter is also the legend: each row shows the colour and shape used in the graph. */
export function TypeFilter() {
  const visible = useAppStore(selectVisibleTypes);
  const counts = useAppStore(selectTypeCounts);
  const showWeak = useAppStore(selectShowWeak);
  const weakCount = useAppStore(selectWeakCount);
  const hasIndex = useAppStore(selectIndex) !== null;
  const store = useAppStoreApi();
  const { setTypeVisible, showOnlyType, showAllTypes, setShowWeakRelations } = store.getState();

  return (
    <section className="panel type-filter" aria-labelledby="type-filter-heading">
      <div className="panel-heading">
        <h2 id="type-filter-heading">Entity types</h2>
        <button
          type="button"
          className="link-button"
          onClick={showAllTypes}
          disabled={visible.size === ENTITY_TYPES.length}
        >
          Show all
        </button>
      </div>
      <ul className="type-list">
        {ENTITY_TYPES.map((type) => {
          const style = ENTITY_TYPE_STYLE[type];
          const count = counts?.[type] ?? 0;
          const id = `type-${type}`;
          return (
            <li key={type} className={count === 0 && hasIndex ? "type-row empty" : "type-row"}>
              <input
                id={id}
                type="checkbox"
                checked={visible.has(type)}
                onChange={(ev) => setTypeVisible(type, ev.target.checked)}
              />
              <label htmlFor={id}>
                <TypeIcon type={type} />
                <span className="type-name">{style.plural}</span>
                <span className="type-count" aria-label={`${count} ${style.plural}`}>
                  {count}
                </span>
              </label>
              <button
                type="button"
                className="only-button"
                onClick={() => showOnlyType(type)}
                aria-label={`Show only ${style.plural}`}
                title={`Show only ${style.plural}`}
              >
                only
              </button>
            </li>
          );
        })}
      </ul>
      {weakCount > 0 && (
        <label className="weak-toggle">
          <input
            type="checkbox"
            checked={showWeak}
            onChange={(ev) => setShowWeakRelations(ev.target.checked)}
          />
          Show {weakCount} weak “mentioned with” links
        </label>
      )}
    </section>
  );
}
