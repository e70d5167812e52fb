import { useEffect, useMemo, useState } from "react";
import { selectShown, useAppStore } from "../store";
import type { AppState } from "../store";
import type { MetricsResult } from "./metrics";

type MetricsModule = typeof import("./metrics");
// The metrics module brings Cytoscape with it; it is loaded on demand like the graph itself.
let loaded: MetricsModule | null = null;
const selectDocument = (s: AppState) => s.document;

/** Degree, betweenness and PageRank of the shown entities; null until the module is loaded. */
export function useMetrics(): MetricsResult | null {
  const doc = useAppStore(selectDocument);
  const shown = useAppStore(selectShown);
  const [mod, setMod] = useState<MetricsModule | null>(loaded);
  useEffect(() => {
    if (mod) return;
    let live = true;
    void import("./metrics").then((m) => {
      loaded = m;
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [mod]);
  return useMemo(() => (mod ? mod.metricsFor(doc, shown) : null), [mod, doc, shown]);
}
