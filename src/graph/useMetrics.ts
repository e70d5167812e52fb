import { useEffect, useMemo, useState } from "react";
import { selectShown, useAppStore } from "../store";
import type { AppState } from "../store";
import { degreeOnly, metricsFor } from "./metrics";
import type { MetricsResult } from "./metrics";

const selectDocument = (s: AppState) => s.document;

/**
 * Degree, betweenness and PageRank of the shown entities. Degree is there at once; the other two
 * are asked of the worker only when `centrality` is wanted, and arrive later (`pending` until
 * then), so nobody pays for them just by opening a graph.
 */
export function useMetrics(centrality: boolean): MetricsResult {
  const doc = useAppStore(selectDocument);
  const shown = useAppStore(selectShown);
  const quick = useMemo(() => degreeOnly(doc, shown), [doc, shown]);
  const [full, setFull] = useState<{ shown: typeof shown; result: MetricsResult } | null>(null);
  useEffect(() => {
    if (!centrality) return;
    let live = true;
    void metricsFor(doc, shown).then((result) => {
      if (live && !result.pending) setFull({ shown, result });
    });
    return () => {
      live = false;
    };
  }, [doc, shown, centrality]);
  return centrality && full && full.shown === shown ? full.result : quick;
}
