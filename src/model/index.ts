export * from "./vocabulary";
export * from "./types";
export { GraphDocumentSchema, FORMAT, FORMAT_VERSION } from "./schema";
export { parseDocument, problemToString, formatPath } from "./validate";
export type { DocumentProblem, ParseResult } from "./validate";
