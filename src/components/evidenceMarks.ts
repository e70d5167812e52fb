import type { Relation } from "../model";
import type { DocumentIndex } from "../store";
import type { Mark } from "./Highlighted";

/**
 * What to mark in one evidence sentence of a relation: the words that state it (its triggers) and
 * where the article names either end. Shared by the details panel and the path steps.
 */
export function evidenceMarks(
  relation: Relation,
  index: DocumentIndex,
): (evidence: Relation["evidence"][number]) => Mark[] {
  const endpoints = [relation.source, relation.target].flatMap((id) =>
    (index.entityById.get(id)?.mentions ?? []).map((m) => ({ ...m, kind: "endpoint" as const })),
  );
  return (ev) => [
    ...(ev.triggers ?? []).map((t) => ({ ...t, kind: "trigger" as const })),
    ...endpoints.filter((m) => m.source === ev.source),
  ];
}
