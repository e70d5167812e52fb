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
import { createWorkspaceSlice } from "./workspaceSlice";

export type AppStore = ReturnType<typeof createAppStore>;

/** One store per app (and per test). Middleware sits on the combined store only. */
export function createAppStore() {
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDocumentSlice(...a),
      ...createFilterSlice(...a),
      ...createSelectionSlice(...a),
      ...createLayoutSlice(...a),
      ...createNoticeSlice(...a),
      ...createWorkspaceSlice(...a),
    })),
  );
}
