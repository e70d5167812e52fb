import { computeCentrality } from "./centrality";
import type { CentralityRequest } from "./centrality";

// Betweenness and PageRank off the main thread: on a thousand entities they take seconds.
self.onmessage = (ev: MessageEvent<CentralityRequest>) => {
  (self as unknown as Worker).postMessage(computeCentrality(ev.data));
};
