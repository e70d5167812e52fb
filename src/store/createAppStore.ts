import { createStore } from "zustand/vanilla";
import { subscribeWithSelector } from "zustand/middleware";
import type { AppState } from "./slices";
import {
  createDocumentSlice,
  createFilterSlice,
  createLayoutSlice,
  createNoticeSlice,
  createSelectionSlice,
} from "./slices";
import { createViewSlice } from "./viewSlice";
import { createWorkspaceSlice } from "./workspaceSlice";
import {
  createFocusSlice,
  createMetricsSlice,
  createRelationFilterSlice,
  createSearchSlice,
  createViewportSlice,
} from "./exploreSlices";
import { isSelectionShownIn, selectShown } from "./exploreSelectors";

export type AppStore = ReturnType<typeof createAppStore>;

/** One store per app (and per test). Middleware sits on the combined store only. */
export function createAppStore() {
  const store = createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDocumentSlice(...a),
      ...createFilterSlice(...a),
      ...createSelectionSlice(...a),
      ...createLayoutSlice(...a),
      ...createNoticeSlice(...a),
      ...createWorkspaceSlice(...a),
      ...createSearchSlice(...a),
      ...createRelationFilterSlice(...a),
      ...createFocusSlice(...a),
      ...createMetricsSlice(...a),
      ...createViewportSlice(...a),
      ...createViewSlice(...a),
    })),
  );
  // The selection follows the filter: whatever hides the selected entity or relation also clears
  // the selection, with or without a graph on screen.
  store.subscribe(selectShown, (shown) => {
    const state = store.getState();
    if (!isSelectionShownIn(state, shown)) state.clearSelection();
    else if (state.path && !shown.entities.has(state.path.to)) state.clearPath();
  });
  // A path starts at the selection; selecting anything else drops it.
  store.subscribe(
    (s) => s.selection,
    (sel) => {
      const { path, clearPath } = store.getState();
      if (path && (sel?.kind !== "entity" || sel.id !== path.from)) clearPath();
    },
  );
  return store;
}
