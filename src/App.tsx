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
  let url: URL;
  try {
    url = new URL(wanted, base);
  } catch {
    return { error: `?data= is not a usable address: "${wanted}"` };
  }
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
    // A file the user opens while this is still loading takes a newer ticket and wins.
    const ticket = store.getState().beginLoad();
    void fetchDocument(url).then((result) => {
      const origin = url === seedUrl ? "data/graph.json" : url;
      if (result.ok) store.getState().loadDocument(result.document, origin, ticket);
      else store.getState().rejectDocument(origin, result.problems, ticket);
    });
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
