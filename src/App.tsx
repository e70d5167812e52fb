import { useEffect, useMemo } from "react";
import { DetailsPanel } from "./components/DetailsPanel";
import { EntityList } from "./components/EntityList";
import { Header } from "./components/Header";
import { LoadProblems, Notices } from "./components/Notices";
import { TypeFilter } from "./components/TypeFilter";
import { GraphView } from "./graph/GraphView";
import { createGraphHandle, GraphHandleContext } from "./graph/graphHandle";
import { fetchDocument } from "./io/readDocument";
import { useAppStoreApi } from "./store";
import seedUrl from "../data/graph.json?url";

/**
 * Which document to open first: the shipped seed graph, or `?data=<url>` on the same origin
 * (used by the benchmark and for sharing a link to a hosted dataset).
 */
export function initialDocumentUrl(search: string, base: string): string | { error: string } {
  const wanted = new URLSearchParams(search).get("data");
  if (!wanted) return seedUrl;
  const url = new URL(wanted, base);
  if (url.origin !== new URL(base).origin) {
    return { error: `?data= must point at this site; ${url.origin} is another site` };
  }
  return url.href;
}

export function App() {
  const store = useAppStoreApi();
  const graphHandle = useMemo(() => createGraphHandle(), []);

  useEffect(() => {
    const url = initialDocumentUrl(window.location.search, window.location.href);
    if (typeof url !== "string") {
      store.getState().rejectDocument("?data=", [{ path: "?data=", message: url.error }]);
      return;
    }
    let cancelled = false;
    void fetchDocument(url).then((result) => {
      if (cancelled) return;
      const origin = url === seedUrl ? "data/graph.json" : url;
      if (result.ok) store.getState().loadDocument(result.document, origin);
      else store.getState().rejectDocument(origin, result.problems);
    });
    return () => {
      cancelled = true;
    };
  }, [store]);

  return (
    <GraphHandleContext.Provider value={graphHandle}>
      <div className="app">
        <Header />
        <div className="app-body">
          <nav className="sidebar" aria-label="Filters and entities">
            <TypeFilter />
            <EntityList />
          </nav>
          <main className="graph-area">
            <GraphView />
            <LoadProblems />
            <Notices />
          </main>
          <DetailsPanel />
        </div>
      </div>
    </GraphHandleContext.Provider>
  );
}
