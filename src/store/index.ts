export * from "./createAppStore";
export * from "./slices";
export * from "./workspaceSlice";
export * from "./selectors";
export * from "./documentIndex";
export { StoreProvider, useAppStore, useAppStoreApi } from "./StoreProvider";
