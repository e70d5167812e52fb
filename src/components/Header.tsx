import { useDeferredValue, useRef, useState } from "react";
import { readDocumentFile } from "../io/readDocument";
import {
  LAYOUT_NAMES,
  selectCounts,
  selectDocumentTitle,
  useAppStore,
  useAppStoreApi,
} from "../store";
import type { AppState, FileReading, LayoutName } from "../store";
import { AddArticles } from "./AddArticles";
import { ExportMenu } from "./ExportMenu";
import { SearchBox } from "./SearchBox";
import { ThemeToggle } from "./ThemeToggle";
import { UndoButton, WorkspaceBar } from "./WorkspaceBar";

const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: "Force-directed",
  circle: "Circle",
  grid: "Grid",
  concentric: "By degree",
};
const selectLayoutName = (s: AppState) => s.layoutName;
const selectLayoutRunning = (s: AppState) => s.layoutRunning;

export function Header() {
  const title = useAppStore(selectDocumentTitle);
  // Deferred like the entity list: a filter click redraws the graph first.
  const counts = useDeferredValue(useAppStore(selectCounts));
  const layoutName = useAppStore(selectLayoutName);
  const layoutRunning = useAppStore(selectLayoutRunning);
  const store = useAppStoreApi();
  const fileInput = useRef<HTMLInputElement>(null);
  // Phones fold the toolbar behind a Menu button so nothing runs off the screen.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuToggle = useRef<HTMLButtonElement>(null);
  // Done with a dialog from the folded toolbar: the graph gets the phone's screen back.
  const foldMenu = () => {
    if (!menuOpen) return;
    setMenuOpen(false);
    menuToggle.current?.focus();
  };

  const openFile = async (file: File) => {
    const ticket = store.getState().beginLoad();
    // A progress line while a worker reads the file (seconds for tens of megabytes).
    let shown: FileReading | null = null;
    const report = (r: Omit<FileReading, "name" | "bytes">) => {
      if (store.getState().loadTicket !== ticket) return; // a newer load has the line
      shown = { name: file.name, bytes: file.size, ...r };
      store.getState().setReading(shown);
    };
    report({ stage: "reading" });
    try {
      const result = await readDocumentFile(file, report);
      if (result.ok) store.getState().loadDocument(result.document, file.name, ticket);
      else store.getState().rejectDocument(file.name, result.problems, ticket);
    } finally {
      if (shown && store.getState().reading === shown) store.getState().setReading(null);
    }
  };

  return (
    <header className={menuOpen ? "app-header menu-open" : "app-header"}>
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◆
        </span>
        <span className="brand-name">Relgraph</span>
      </div>
      <div className="title-block">
        <h1 title={title}>{title}</h1>
        <p className="counts" data-testid="counts">
          <span>
            <strong>{counts.entities.visible}</strong> / {counts.entities.total} entities
          </span>
          <span>
            <strong>{counts.relations.visible}</strong> / {counts.relations.total} relations
          </span>
        </p>
      </div>
      <SearchBox />
      <button
        ref={menuToggle}
        type="button"
        className="menu-toggle"
        aria-expanded={menuOpen}
        aria-controls="toolbar"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        Menu
      </button>
      <div className="toolbar" id="toolbar">
        <WorkspaceBar />
        <AddArticles onClosed={foldMenu} />
        <UndoButton />
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Open a graph document"
          onChange={(ev) => {
            const file = ev.target.files?.[0];
            ev.target.value = "";
            if (file) void openFile(file);
          }}
        />
        <label className="layout-select">
          <span className="visually-hidden">Layout</span>
          <select
            value={layoutName}
            onChange={(ev) => store.getState().setLayoutName(ev.target.value as LayoutName)}
          >
            {LAYOUT_NAMES.map((n) => (
              <option key={n} value={n}>
                {LAYOUT_LABEL[n]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          onClick={() => store.getState().requestLayout()}
          disabled={layoutRunning}
          aria-label={layoutRunning ? "Laying out…" : "Re-layout"}
          title="Lay the shown entities out again"
        >
          <span aria-hidden="true">↻</span>
        </button>
        <ExportMenu />
        <ThemeToggle />
      </div>
    </header>
  );
}
