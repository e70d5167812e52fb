import { useEffect } from "react";
import type { ReactNode } from "react";
import { selectSelection, useAppStore, useAppStoreApi } from "../../store";
import type { AppState, PanelSide } from "../../store";
import { useNarrow } from "./useNarrow";

/**
 * One panel of the app. Adding a panel is one entry in App's list: on wide screens it stacks in
 * its side's column (left) or becomes a tab (right); on phones every panel is a tab of the
 * bottom bar and opens in a sheet under the graph.
 */
export interface PanelDef {
  id: string;
  /** Tab and sheet title: one short word fits a phone's tab bar. */
  label: string;
  side: PanelSide;
  /** Left column: this panel takes the height the others leave. */
  grow?: boolean;
  element: ReactNode;
}

const selectRightPanel = (s: AppState) => s.rightPanel;
const selectCollapsed = (s: AppState) => s.collapsed;
const selectSheet = (s: AppState) => s.sheet;

const SIDE_NAME: Record<PanelSide, string> = { left: "filters and entities", right: "details" };

function CollapseButton({ side, collapsed }: { side: PanelSide; collapsed: boolean }) {
  const store = useAppStoreApi();
  const pointsLeft = (side === "left") !== collapsed;
  return (
    <button
      type="button"
      className="collapse-button"
      aria-expanded={!collapsed}
      aria-label={`${collapsed ? "Show" : "Hide"} ${SIDE_NAME[side]}`}
      title={`${collapsed ? "Show" : "Hide"} ${SIDE_NAME[side]}`}
      onClick={() => store.getState().setCollapsed(side, !collapsed)}
    >
      <span aria-hidden="true">{pointsLeft ? "‹" : "›"}</span>
    </button>
  );
}

function LeftColumn({ panels, collapsed }: { panels: PanelDef[]; collapsed: boolean }) {
  return (
    <nav
      className={`side side-left${collapsed ? " collapsed" : ""}`}
      aria-label="Filters and entities"
    >
      <div className="side-bar">
        <CollapseButton side="left" collapsed={collapsed} />
      </div>
      {!collapsed &&
        panels.map((p) => (
          <div key={p.id} className={`slot${p.grow ? " grow" : ""}`} data-panel={p.id}>
            {p.element}
          </div>
        ))}
    </nav>
  );
}

function RightColumn({ panels, collapsed }: { panels: PanelDef[]; collapsed: boolean }) {
  const active = useAppStore(selectRightPanel);
  const store = useAppStoreApi();
  const shown = panels.find((p) => p.id === active) ?? panels[0];
  return (
    <div className={`side side-right${collapsed ? " collapsed" : ""}`}>
      <div className="side-bar">
        <CollapseButton side="right" collapsed={collapsed} />
        {!collapsed && panels.length > 1 && (
          <div className="tabs" role="tablist" aria-label="Panels">
            {panels.map((p) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                id={`tab-${p.id}`}
                aria-selected={p === shown}
                aria-controls={`tabpanel-${p.id}`}
                className="tab"
                onClick={() => store.getState().setRightPanel(p.id)}
              >
                {p.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {!collapsed && shown && (
        <div
          className="slot grow"
          role="tabpanel"
          id={`tabpanel-${shown.id}`}
          aria-labelledby={`tab-${shown.id}`}
          data-panel={shown.id}
        >
          {shown.element}
        </div>
      )}
    </div>
  );
}

function Sheet({ panel }: { panel: PanelDef }) {
  const store = useAppStoreApi();
  return (
    <section className="sheet" aria-label={panel.label} data-panel={panel.id}>
      <div className="sheet-head">
        <span className="sheet-grip" aria-hidden="true" />
        <button
          type="button"
          className="sheet-close"
          aria-label={`Close ${panel.label}`}
          onClick={() => store.getState().setSheet(null)}
        >
          ×
        </button>
      </div>
      <div className="sheet-body">{panel.element}</div>
    </section>
  );
}

function PhoneTabs({ panels, sheet }: { panels: PanelDef[]; sheet: string | null }) {
  const store = useAppStoreApi();
  return (
    <nav className="phone-tabs" aria-label="Panels">
      {panels.map((p) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={sheet === p.id}
          onClick={() => store.getState().setSheet(sheet === p.id ? null : p.id)}
        >
          {p.label}
        </button>
      ))}
    </nav>
  );
}

/**
 * The app around the graph. The graph (`main`) keeps its place in the tree in both arrangements,
 * so resizing across the phone breakpoint never re-creates Cytoscape.
 */
export function Shell({ panels, main }: { panels: PanelDef[]; main: ReactNode }) {
  const narrow = useNarrow();
  const collapsed = useAppStore(selectCollapsed);
  const sheet = useAppStore(selectSheet);
  const store = useAppStoreApi();
  const left = panels.filter((p) => p.side === "left");
  const right = panels.filter((p) => p.side === "right");
  const sheetPanel = narrow ? panels.find((p) => p.id === sheet) : undefined;

  // On a phone, tapping something in the graph opens its details under it (the reader stays
  // open if that is what the person is reading).
  useEffect(() => {
    if (!narrow) return;
    return store.subscribe(selectSelection, (selection) => {
      if (selection && store.getState().sheet !== "reader") store.getState().setSheet("details");
    });
  }, [narrow, store]);

  return (
    <>
      <div
        className={[
          "app-body",
          narrow ? "narrow" : "wide",
          !narrow && collapsed.left ? "left-collapsed" : "",
          !narrow && collapsed.right ? "right-collapsed" : "",
          sheetPanel ? "sheet-open" : "",
        ]
          .filter(Boolean)
          .join(" ")}
      >
        {!narrow && <LeftColumn key="left" panels={left} collapsed={collapsed.left} />}
        <main key="main" className="graph-area">
          {main}
        </main>
        {!narrow && <RightColumn key="right" panels={right} collapsed={collapsed.right} />}
        {sheetPanel && <Sheet key="sheet" panel={sheetPanel} />}
      </div>
      {narrow && <PhoneTabs panels={panels} sheet={sheetPanel ? sheetPanel.id : null} />}
    </>
  );
}
