import { useMemo } from "react";
import { DetailsPanel } from "./components/DetailsPanel";
import { EntityList } from "./components/EntityList";
import { Header } from "./components/Header";
import { KeyboardShortcuts } from "./components/KeyboardShortcuts";
import { LoadProblems, Notices } from "./components/Notices";
import { Shell } from "./components/shell/Shell";
import type { PanelDef } from "./components/shell/Shell";
import { RelationFilters } from "./components/RelationFilters";
import { TypeFilter } from "./components/TypeFilter";
import { GraphView } from "./graph/GraphView";
import { createGraphHandle, GraphHandleContext } from "./graph/graphHandle";

// Every panel around the graph, in tab order. A new panel is one entry: left ones stack in the
// left column, right ones are tabs of the right column, and on a phone all are tabs of a sheet.
const PANELS: PanelDef[] = [
  {
    id: "filters",
    label: "Filters",
    side: "left",
    element: (
      <>
        <TypeFilter />
        <RelationFilters />
      </>
    ),
  },
  { id: "entities", label: "Entities", side: "left", grow: true, element: <EntityList /> },
  { id: "details", label: "Details", side: "right", element: <DetailsPanel /> },
];

export function App() {
  const graphHandle = useMemo(() => createGraphHandle(), []);
  return (
    <GraphHandleContext.Provider value={graphHandle}>
      <div className="app">
        <KeyboardShortcuts />
        <Header />
        <Shell
          panels={PANELS}
          main={
            <>
              <GraphView />
              <LoadProblems />
              <Notices />
            </>
          }
        />
      </div>
    </GraphHandleContext.Provider>
  );
}
