export * from "./createAppStore";
export * from "./slices";
export * from "./workspaceSlice";
export * from "./selectors";
export * from "./documentIndex";
export * from "./exploreSlices";
export * from "./exploreSelectors";
export * from "./search";
export { StoreProvider, useAppStore, useAppStoreApi } from "./StoreProvider";
