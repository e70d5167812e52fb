export * from "./vocabulary";
export * from "./types";
export {
  GraphDocumentSchema,
  AttributesSchema,
  FORMAT,
  FORMAT_VERSION,
  RESERVED_KEY,
} from "./schema";
export { ownValue } from "./ownValue";
export { excerpt, quote, MAX_QUOTED } from "./excerpt";
export { migrateDocument } from "./migrate";
export type { MigrateOptions, SentenceSplitter } from "./migrate";
export { sentenceIndexAt, sentenceAt } from "./sentences";
export { parseDocument, problemToString, formatPath } from "./validate";
export type { DocumentProblem, ParseResult } from "./validate";
export { foldForSearch } from "./searchText";
