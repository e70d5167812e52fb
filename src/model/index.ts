export * from "./vocabulary";
export * from "./types";
export { GraphDocumentSchema, FORMAT, FORMAT_VERSION } from "./schema";
export { migrateDocument } from "./migrate";
export type { MigrateOptions, SentenceSplitter } from "./migrate";
export { sentenceIndexAt, sentenceAt } from "./sentences";
export { parseDocument, problemToString, formatPath } from "./validate";
export type { DocumentProblem, ParseResult } from "./validate";
export { foldForSearch } from "./searchText";
