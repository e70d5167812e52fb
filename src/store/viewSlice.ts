import type { StateCreator } from "zustand";
import type { AppState } from "./slices";

// How the person has arranged the app around the graph: theme, which panel is open, which
// columns are folded away. Display state only; nothing here touches the document. Saving the
// theme between visits is io's job (src/io/preferences.ts), following this slice.

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** The theme drawn: a preference of "system" follows the operating system's. */
export type ResolvedTheme = Exclude<ThemePreference, "system">;

export const PANEL_SIDES = ["left", "right"] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

/** A graph file being read off the main thread (Open…), for the progress line. */
export interface FileReading {
  name: string;
  bytes: number;
  stage: "reading" | "parsing" | "checking";
  /** Known once the file is parsed. */
  entities?: number;
  relations?: number;
}

export interface ViewState {
  theme: ThemePreference;
  /** The operating system's colour scheme, reported by io (prefers-color-scheme). */
  systemTheme: ResolvedTheme;
  /** The tab shown in the right-hand column on wide screens ("details", "reader", …). */
  rightPanel: string;
  /** Folded columns on wide screens. */
  collapsed: Readonly<Record<PanelSide, boolean>>;
  /** The panel open in the bottom sheet on narrow screens; null when the graph has the screen. */
  sheet: string | null;
  /** The source open in the article reader; null (or a source no longer there) is the first. */
  readerSource: string | null;
  /**
   * A place in an article someone asked to read (an evidence line's "Read in article"). A new
   * object each time, so asking for the same sentence twice scrolls to it twice.
   */
  readerAt: { source: string; offset: number } | null;
  /** The file being read, or null. */
  reading: FileReading | null;
}
export interface ViewActions {
  setTheme: (theme: ThemePreference) => void;
  setSystemTheme: (theme: ResolvedTheme) => void;
  setRightPanel: (id: string) => void;
  setCollapsed: (side: PanelSide, collapsed: boolean) => void;
  /** Opens a panel in the sheet, or closes the sheet with null. */
  setSheet: (id: string | null) => void;
  /** Brings a panel into view wherever it lives: its tab, its unfolded column, or the sheet. */
  revealPanel: (id: string, side: PanelSide, narrow: boolean) => void;
  /** Turns the reader to a source (the picker, or a selection found in another article). */
  setReaderSource: (id: string) => void;
  /** Turns the reader to a source and, with an offset, to the sentence there. */
  readAt: (source: string, offset?: number) => void;
  setReading: (reading: FileReading | null) => void;
}
export const getEmptyViewState = (): ViewState => ({
  theme: "system",
  systemTheme: "light",
  rightPanel: "details",
  collapsed: { left: false, right: false },
  sheet: null,
  readerSource: null,
  readerAt: null,
  reading: null,
});

type Slice<T> = StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], T>;

export const createViewSlice: Slice<ViewState & ViewActions> = (set, get) => ({
  ...getEmptyViewState(),
  setTheme: (theme) => set({ theme }),
  setSystemTheme: (systemTheme) => set({ systemTheme }),
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
  setReaderSource: (id) => set({ readerSource: id }),
  setReading: (reading) => set({ reading }),
  readAt: (source, offset) =>
    set({ readerSource: source, readerAt: offset === undefined ? null : { source, offset } }),
});

/** Light or dark, as drawn now. */
export const selectResolvedTheme = (s: ViewState): ResolvedTheme =>
  s.theme === "system" ? s.systemTheme : s.theme;
