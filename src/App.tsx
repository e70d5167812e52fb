import { useMemo } from "react";
import { DetailsPanel } from "./components/DetailsPanel";
import { EntityList } from "./components/EntityList";
import { Header } from "./components/Header";
import { KeyboardShortcuts } from "./components/KeyboardShortcuts";
import { LoadProblems, Notices } from "./components/Notices";
import { TypeFilter } from "./components/TypeFilter";
import { GraphView } from "./graph/GraphView";
import { createGraphHandle, GraphHandleContext } from "./graph/graphHandle";

export function App() {
  const graphHandle = useMemo(() => createGraphHandle(), []);
  return (
    <GraphHandleContext.Provider value={graphHandle}>
      <div className="app">
        <KeyboardShortcuts />
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
