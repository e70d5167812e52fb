import { combineGazetteers, compileGazetteer, extractArticles, GazetteerSchema } from "../extract";
import type { Gazetteer } from "../extract";
import type { ExtractionInput } from "../workspace";
import type { ExtractionOutcome } from "../store";
import shipped from "../../data/gazetteer.json";

// One extraction of a workspace, as the worker runs it (and tests, in process). The shipped
// gazetteer is compiled once per worker; additions are compiled with it when they change.

const shippedFile = GazetteerSchema.parse(shipped);
let cached: { key: string; gazetteer: Gazetteer } | null = null;

function gazetteerWith(additions: ExtractionInput["gazetteer"]): Gazetteer {
  const key = JSON.stringify(additions.entities);
  if (cached?.key !== key) {
    cached = {
      key,
      gazetteer: compileGazetteer(
        combineGazetteers([shippedFile, GazetteerSchema.parse(additions)]),
      ),
    };
  }
  return cached.gazetteer;
}

export function runExtraction(
  input: ExtractionInput,
  key: string,
  onProgress: (done: number, total: number) => void,
): ExtractionOutcome {
  const gazetteer = gazetteerWith(input.gazetteer);
  const decided = new Set(input.decided);
  const result = extractArticles(input.articles, gazetteer, {
    curation: input.curation,
    onProgress,
  });
  return {
    key,
    document: result.document,
    suggestions: result.suggestions.filter(
      (s) => !decided.has(s.id) && !gazetteer.entries.has(s.id),
    ),
    sentences: result.sentences,
    warnings: result.warnings,
  };
}
