import { useMemo } from "react";
import type { Entity } from "../model";
import type { MetricsResult } from "../graph/metrics";
import { METRICS, METRIC_LABEL, useAppStore, useAppStoreApi } from "../store";
import type { AppState, MetricName } from "../store";

export type ListSort = "name" | MetricName;

const selectSizeBy = (s: AppState) => s.sizeBy;

/** Shows a metric as the list's second column does: whole degrees, three decimals otherwise. */
export function formatMetric(metric: MetricName, value: number | undefined): string {
  if (value === undefined) return "";
  return metric === "degree" ? String(value) : value.toFixed(3);
}

/** Items in list order: A-Z (as given), or by a metric, highest first, ties A-Z. */
export function useSortedItems(items: Entity[], sort: ListSort, metrics: MetricsResult): Entity[] {
  return useMemo(() => {
    if (sort === "name") return items;
    const value = (e: Entity) => metrics.byId.get(e.id)?.[sort] ?? -1;
    // Stable sort: equal values keep the alphabetical order they came in.
    return [...items].sort((a, b) => value(b) - value(a));
  }, [items, sort, metrics]);
}

/**
 * The list's column headings: Name, and a metric chosen from Degree, Betweenness and PageRank;
 * each sorts the list. Below them, the control that sizes the graph's nodes by a metric.
 */
export function EntityListColumns({
  sort,
  column,
  onSort,
  onColumn,
}: {
  sort: ListSort;
  column: MetricName;
  onSort: (sort: ListSort) => void;
  onColumn: (metric: MetricName) => void;
}) {
  const store = useAppStoreApi();
  const sizeBy = useAppStore(selectSizeBy);
  return (
    <>
      <div className="list-columns">
        <button
          type="button"
          className="column-sort"
          aria-pressed={sort === "name"}
          onClick={() => onSort("name")}
        >
          Name {sort === "name" && <span aria-hidden="true">▲</span>}
        </button>
        <span className="column-metric">
          <select
            aria-label="Metric column"
            value={column}
            onChange={(ev) => {
              const m = ev.target.value as MetricName;
              onColumn(m);
              if (sort !== "name") onSort(m);
            }}
          >
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABEL[m]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="column-sort"
            aria-pressed={sort === column}
            aria-label={`Sort by ${METRIC_LABEL[column]}`}
            title={`Sort by ${METRIC_LABEL[column]}, highest first`}
            onClick={() => onSort(column)}
          >
            {sort === column ? "▼" : "⇅"}
          </button>
        </span>
      </div>
      <label className="size-by">
        Size nodes by
        <select
          value={sizeBy ?? ""}
          onChange={(ev) =>
            store.getState().setSizeBy((ev.target.value || null) as MetricName | null)
          }
        >
          <option value="">type only</option>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
