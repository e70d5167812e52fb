import type { StateCreator } from "zustand";
import type { AppState } from "./slices";

// How the person has arranged the app around the graph: theme, which panel is open, which
// columns are folded away. Display state only; nothing here touches the document. Saving the
// theme between visits is io's job (src/io/preferences.ts), following this slice.

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const PANEL_SIDES = ["left", "right"] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

export interface ViewState {
  theme: ThemePreference;
  /** The tab shown in the right-hand column on wide screens ("details", "reader", …). */
  rightPanel: string;
  /** Folded columns on wide screens. */
  collapsed: Readonly<Record<PanelSide, boolean>>;
  /** The panel open in the bottom sheet on narrow screens; null when the graph has the screen. */
  sheet: string | null;
}
export interface ViewActions {
  setTheme: (theme: ThemePreference) => void;
  setRightPanel: (id: string) => void;
  setCollapsed: (side: PanelSide, collapsed: boolean) => void;
  /** Opens a panel in the sheet, or closes the sheet with null. */
  setSheet: (id: string | null) => void;
  /** Brings a panel into view wherever it lives: its tab, its unfolded column, or the sheet. */
  revealPanel: (id: string, side: PanelSide, narrow: boolean) => void;
}
export const getEmptyViewState = (): ViewState => ({
  theme: "system",
  rightPanel: "details",
  collapsed: { left: false, right: false },
  sheet: null,
});

type Slice<T> = StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], T>;

export const createViewSlice: Slice<ViewState & ViewActions> = (set, get) => ({
  ...getEmptyViewState(),
  setTheme: (theme) => set({ theme }),
  setRightPanel: (id) => set({ rightPanel: id }),
  setCollapsed: (side, collapsed) => set({ collapsed: { ...get().collapsed, [side]: collapsed } }),
  setSheet: (id) => set({ sheet: id }),
  revealPanel: (id, side, narrow) => {
    if (narrow) {
      set({ sheet: id });
      return;
    }
    set({
      ...(side === "right" ? { rightPanel: id } : {}),
      collapsed: { ...get().collapsed, [side]: false },
    });
  },
});
