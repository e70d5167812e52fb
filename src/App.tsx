import { useMemo } from "react";
import { ArticleReader } from "./components/reader/ArticleReader";
import { DetailsPanel } from "./components/DetailsPanel";
import { EntityList } from "./components/EntityList";
import { GraphControls } from "./components/GraphControls";
import { Header } from "./components/Header";
import { KeyboardShortcuts } from "./components/KeyboardShortcuts";
import { LoadProblems, Notices } from "./components/Notices";
import { Shell } from "./components/shell/Shell";
import type { PanelDef } from "./components/shell/Shell";
import { RelationFilters } from "./components/RelationFilters";
import { SuggestionsPanel } from "./components/SuggestionsPanel";
import { ExtractionProgress } from "./components/AddArticles";
import { TypeFilter } from "./components/TypeFilter";
import { WorkspaceHandleContext } from "./io/workspaceRunner";
import type { WorkspaceHandle } from "./io/workspaceRunner";
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
  { id: "reader", label: "Reader", side: "right", element: <ArticleReader /> },
  { id: "suggestions", label: "Suggestions", side: "right", element: <SuggestionsPanel /> },
];

export function App({ workspaces = null }: { workspaces?: WorkspaceHandle | null }) {
  const graphHandle = useMemo(() => createGraphHandle(), []);
  return (
    <WorkspaceHandleContext.Provider value={workspaces}>
      <GraphHandleContext.Provider value={graphHandle}>
        <div className="app">
          <KeyboardShortcuts />
          <Header />
          <Shell
            panels={PANELS}
            main={
              <>
                <GraphView />
                <GraphControls />
                <div className="ingest-progress">
                  <ExtractionProgress />
                </div>
                <LoadProblems />
                <Notices />
              </>
            }
          />
        </div>
      </GraphHandleContext.Provider>
    </WorkspaceHandleContext.Provider>
  );
}
