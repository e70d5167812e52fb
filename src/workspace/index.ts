export * from "./types";
export * from "./model";
export * from "./articles";
export * from "./similar";
export * from "./placement";
export * from "./file";
