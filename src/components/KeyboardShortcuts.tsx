import { useEffect, useRef, useState } from "react";
import { useGraphHandle } from "../graph/graphHandle";
import { useAppStoreApi } from "../store";
import { SEARCH_INPUT_ID } from "./SearchBox";

/** One list drives the handler and the sheet, so the sheet never lists a key that does nothing. */
export const SHORTCUTS = [
  { keys: ["/"], does: "Search" },
  { keys: ["f"], does: "Fit the graph to the window" },
  { keys: ["+", "−"], does: "Zoom in, zoom out" },
  { keys: ["←", "↑", "→", "↓"], does: "Pan the graph" },
  { keys: ["Esc"], does: "Clear the selection and path (then the search)" },
  { keys: ["Shift", "click"], does: "Path from the selected entity to the clicked one" },
  { keys: ["?"], does: "Show this sheet" },
] as const;

const PAN_STEP = 80;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function focusSearch() {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** The regions focus is returned to when the element that had it disappears. */
const REGIONS = [".details", "[data-panel]", ".side", ".app-header"] as const;

/**
 * App-wide keys, the shortcuts sheet, and a guard that puts focus back in its region when a
 * button that had it is removed (a panel that changed), so focus never falls to <body>.
 */
export function KeyboardShortcuts() {
  const graph = useGraphHandle();
  const store = useAppStoreApi();
  const [sheetOpen, setSheetOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === "Escape") {
        if (dialog.current?.open) return; // the dialog closes itself
        const s = store.getState();
        if (s.selection) s.clearSelection();
        else if (s.searchQuery) s.setSearchQuery("");
        return;
      }
      if (isTyping(ev.target)) return;
      const keys: Record<string, () => void> = {
        "/": focusSearch,
        f: () => graph.fit(),
        "+": () => graph.zoomBy(1.25),
        "=": () => graph.zoomBy(1.25),
        "-": () => graph.zoomBy(0.8),
        ArrowLeft: () => graph.panBy(PAN_STEP, 0),
        ArrowRight: () => graph.panBy(-PAN_STEP, 0),
        ArrowUp: () => graph.panBy(0, PAN_STEP),
        ArrowDown: () => graph.panBy(0, -PAN_STEP),
        "?": () => {
          returnFocus.current = document.activeElement as HTMLElement | null;
          setSheetOpen(true);
        },
      };
      if (!Object.hasOwn(keys, ev.key)) return;
      // Arrow keys scroll a focused list or page; they only pan when focus is on nothing else.
      if (ev.key.startsWith("Arrow") && ev.target !== document.body) return;
      ev.preventDefault();
      keys[ev.key]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [graph, store]);

  useEffect(() => {
    let region: string | null = null;
    const onFocusIn = (ev: FocusEvent) => {
      const t = ev.target instanceof Element ? ev.target : null;
      region = REGIONS.find((r) => t?.closest(r)) ?? null;
    };
    const onFocusOut = (ev: FocusEvent) => {
      const from = ev.target;
      const wasIn = region;
      setTimeout(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        if (!(from instanceof Element) || from.isConnected) return; // a click elsewhere: fine
        const home = (wasIn && document.querySelector<HTMLElement>(wasIn)) || null;
        if (home) {
          if (!home.hasAttribute("tabindex")) home.setAttribute("tabindex", "-1");
          home.focus();
        } else focusSearch();
      }, 0);
    };
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
    };
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (sheetOpen && !d.open) d.showModal?.();
  }, [sheetOpen]);

  return (
    <>
      <a
        href="#search"
        className="skip-link"
        onClick={(ev) => {
          ev.preventDefault();
          focusSearch();
        }}
      >
        Skip to search
      </a>
      <dialog
        ref={dialog}
        className="shortcuts-sheet"
        aria-labelledby="shortcuts-heading"
        onClose={() => {
          setSheetOpen(false);
          returnFocus.current?.focus?.();
        }}
      >
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.does}>
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <kbd key={i}>{k}</kbd>
                  ))}
                </th>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
