import { z } from "zod";
import {
  AttributesSchema,
  ENTITY_TYPES,
  ownValue,
  quote,
  RELATION_TYPES,
  RELATION_TYPE_INFO,
} from "../model";
import type { Entity, GraphDocument, Relation } from "../model";
import type { SentenceSpan } from "./sentences";

// Human corrections, kept apart from machine output and applied after extraction. Evidence is given
// as a quoted fragment of the article, located here, so nobody types offsets by hand.

export const CURATION_FORMAT = "relgraph-curation";

const id = z
  .string()
  .min(1)
  .regex(/^[^\s]+$/u, "must not contain spaces");
const attributes = AttributesSchema;
const place = z.object({
  source: id,
  /** The words as they stand in the article; spaces and line breaks may differ. */
  text: z.string().min(1),
  /** Which occurrence, counting from 1; all of them when absent. */
  occurrence: z.number().int().positive().optional(),
});
const quotedEvidence = z.object({
  source: id,
  /** A fragment of the supporting sentence; the evidence is the sentence(s) it lies in. */
  quote: z.string().min(1),
  /** Words of that sentence that signal the relation. */
  triggers: z.array(z.string().min(1)).optional(),
});
const relationRef = z.object({
  id: id.optional(),
  type: z.enum(RELATION_TYPES).optional(),
  source: id.optional(),
  target: id.optional(),
});

export const OperationSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("merge"), from: id, into: id, note: z.string().optional() }),
  z.object({ op: z.literal("rename"), id, label: z.string().min(1), note: z.string().optional() }),
  z.object({
    op: z.literal("retype"),
    id,
    type: z.enum(ENTITY_TYPES),
    note: z.string().optional(),
  }),
  z.object({ op: z.literal("dropEntity"), id, note: z.string().optional() }),
  relationRef.extend({ op: z.literal("dropRelation"), note: z.string().optional() }),
  z.object({
    op: z.literal("addEntity"),
    entity: z.object({
      id,
      type: z.enum(ENTITY_TYPES),
      label: z.string().min(1),
      aliases: z.array(z.string()).optional(),
      attributes: attributes.optional(),
    }),
    mentions: z.array(place).optional(),
    note: z.string().optional(),
  }),
  z.object({
    op: z.literal("addMention"),
    entity: id,
    ...place.shape,
    note: z.string().optional(),
  }),
  z.object({
    op: z.literal("addRelation"),
    type: z.enum(RELATION_TYPES),
    source: id,
    target: id,
    evidence: z.array(quotedEvidence).min(1),
    attributes: attributes.optional(),
    note: z.string().optional(),
  }),
  z.object({
    op: z.literal("setAttributes"),
    entity: id.optional(),
    relation: id.optional(),
    attributes,
    note: z.string().optional(),
  }),
]);

export const CurationSchema = z.object({
  format: z.literal(CURATION_FORMAT),
  version: z.literal(1),
  document: z
    .object({ title: z.string().min(1).optional(), description: z.string().optional() })
    .optional(),
  /** Metadata for articles, by source id: a readable title, the publisher, the date. */
  sources: z
    .array(
      z.object({
        id,
        title: z.string().min(1).optional(),
        language: z.string().min(2).optional(),
        publisher: z.string().optional(),
        date: z.string().optional(),
        url: z.string().optional(),
      }),
    )
    .default([]),
  operations: z.array(OperationSchema).default([]),
});

export type Curation = z.infer<typeof CurationSchema>;
export type CurationOperation = z.infer<typeof OperationSchema>;

export class CurationError extends Error {}

/** Validates a curation file; throws CurationError naming the broken field. */
export function parseCuration(input: unknown): Curation {
  const parsed = CurationSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CurationError(`curation: ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  }
  return parsed.data;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Every place a fragment occurs, with any run of spaces matching any other (linear regex). */
export function locate(
  text: string,
  fragment: string,
  from = 0,
  to = text.length,
): { start: number; end: number }[] {
  const words = fragment.normalize("NFC").trim().split(/\s+/u).map(escapeRegExp);
  if (!words.length || !words[0]) return [];
  const re = new RegExp(words.join("\\s+"), "gu");
  const out: { start: number; end: number }[] = [];
  const hay = text.slice(0, to);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
  return out;
}

function relationKey(r: { type: string; source: string; target: string }): string {
  return `r-${r.source}-${r.type}-${r.target}`;
}

/**
 * Applies curation to an extracted document. Returns the new document and one warning per
 * operation that could not be applied (a quote not found, an id that does not exist).
 */
export function applyCuration(
  doc: GraphDocument,
  curation: Curation,
  sentences: Record<string, SentenceSpan[]>,
): { document: GraphDocument; warnings: string[] } {
  const warnings: string[] = [];
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, structuredClone(e)]));
  let relations: Relation[] = doc.relations.map((r) => structuredClone(r));
  const texts = new Map(doc.sources.map((s) => [s.id, s.text]));
  const sources = doc.sources.map((s) => {
    const meta = curation.sources.find((m) => m.id === s.id);
    if (!meta) return s;
    return {
      ...s,
      ...(meta.title ? { title: meta.title } : {}),
      ...(meta.language ? { language: meta.language } : {}),
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.date ? { date: meta.date } : {}),
      ...(meta.url ? { url: meta.url } : {}),
    };
  });
  for (const meta of curation.sources) {
    if (!texts.has(meta.id))
      warnings.push(`sources: ${quote(meta.id)} is not an extracted article`);
  }

  const findMentions = (p: { source: string; text: string; occurrence?: number }) => {
    const text = texts.get(p.source);
    if (text === undefined)
      throw new CurationError(`source ${quote(p.source)} is not an extracted article`);
    const all = locate(text, p.text);
    const picked = p.occurrence ? all.slice(p.occurrence - 1, p.occurrence) : all;
    if (!picked.length)
      throw new CurationError(
        `${quote(p.text)} is not in ${p.source}${p.occurrence ? ` ${p.occurrence} time(s)` : ""}`,
      );
    return picked.map((s) => ({
      source: p.source,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
    }));
  };
  const needEntity = (eid: string) => {
    const e = entities.get(eid);
    if (!e) throw new CurationError(`entity ${quote(eid)} does not exist`);
    return e;
  };
  const matches = (r: Relation, ref: z.infer<typeof relationRef>) =>
    (ref.id === undefined || r.id === ref.id) &&
    (ref.type === undefined || r.type === ref.type) &&
    (ref.source === undefined ||
      r.source === ref.source ||
      (!r.directed && r.target === ref.source)) &&
    (ref.target === undefined ||
      r.target === ref.target ||
      (!r.directed && r.source === ref.target));

  curation.operations.forEach((op, index) => {
    try {
      switch (op.op) {
        case "merge": {
          const from = needEntity(op.from);
          const into = needEntity(op.into);
          const seen = new Set(into.mentions.map((m) => `${m.source}:${m.start}:${m.end}`));
          for (const m of from.mentions)
            if (!seen.has(`${m.source}:${m.start}:${m.end}`)) into.mentions.push(m);
          into.aliases = [...new Set([...into.aliases, from.label, ...from.aliases])];
          entities.delete(op.from);
          relations = relations
            .map((r) => ({
              ...r,
              source: r.source === op.from ? op.into : r.source,
              target: r.target === op.from ? op.into : r.target,
            }))
            .filter((r) => r.source !== r.target);
          break;
        }
        case "rename":
          needEntity(op.id).label = op.label;
          break;
        case "retype":
          needEntity(op.id).type = op.type;
          break;
        case "dropEntity":
          needEntity(op.id);
          entities.delete(op.id);
          relations = relations.filter((r) => r.source !== op.id && r.target !== op.id);
          break;
        case "dropRelation": {
          const before = relations.length;
          relations = relations.filter((r) => !matches(r, op));
          if (relations.length === before) throw new CurationError("no relation matches");
          break;
        }
        case "addEntity": {
          if (entities.has(op.entity.id))
            throw new CurationError(`entity ${quote(op.entity.id)} already exists`);
          entities.set(op.entity.id, {
            id: op.entity.id,
            type: op.entity.type,
            label: op.entity.label,
            aliases: op.entity.aliases ?? [],
            attributes: op.entity.attributes ?? {},
            mentions: (op.mentions ?? []).flatMap(findMentions),
          });
          break;
        }
        case "addMention": {
          const e = needEntity(op.entity);
          const seen = new Set(e.mentions.map((m) => `${m.source}:${m.start}:${m.end}`));
          for (const m of findMentions(op))
            if (!seen.has(`${m.source}:${m.start}:${m.end}`)) e.mentions.push(m);
          break;
        }
        case "addRelation": {
          needEntity(op.source);
          needEntity(op.target);
          const directed = RELATION_TYPE_INFO[op.type].directed;
          let rel = relations.find(
            (r) =>
              r.type === op.type &&
              ((r.source === op.source && r.target === op.target) ||
                (!directed && r.source === op.target && r.target === op.source)),
          );
          if (!rel) {
            rel = {
              id: relationKey(op),
              type: op.type,
              source: op.source,
              target: op.target,
              directed,
              label: RELATION_TYPE_INFO[op.type].label,
              evidence: [],
              attributes: {},
            };
            relations.push(rel);
          }
          for (const ev of op.evidence) {
            const text = texts.get(ev.source);
            if (text === undefined)
              throw new CurationError(`source ${quote(ev.source)} is not an extracted article`);
            const found = locate(text, ev.quote);
            if (!found.length)
              throw new CurationError(`the quote ${quote(ev.quote)} is not in ${ev.source}`);
            const q = found[0];
            const inside = (ownValue(sentences, ev.source) ?? []).filter(
              (s) => s.start < q.end && q.start < s.end,
            );
            const start = inside.length ? inside[0].start : q.start;
            const end = inside.length ? inside[inside.length - 1].end : q.end;
            const triggers = (ev.triggers ?? []).map((t) => {
              const hit = locate(text, t, start, end)[0];
              if (!hit)
                throw new CurationError(`the trigger ${quote(t)} is not in the quoted sentence`);
              return hit;
            });
            const existing = rel.evidence.find(
              (e) => e.source === ev.source && e.start === start && e.end === end,
            );
            if (existing) {
              const all = [...(existing.triggers ?? []), ...triggers];
              existing.triggers = [
                ...new Map(all.map((t) => [`${t.start}:${t.end}`, t])).values(),
              ].sort((a, b) => a.start - b.start);
            } else {
              rel.evidence.push({
                source: ev.source,
                start,
                end,
                ...(triggers.length ? { triggers } : {}),
              });
            }
          }
          rel.evidence.sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start);
          rel.attributes = {
            ...rel.attributes,
            ...(op.attributes ?? {}),
            articles: new Set(rel.evidence.map((e) => e.source)).size,
          };
          break;
        }
        case "setAttributes": {
          if (op.entity) Object.assign(needEntity(op.entity).attributes, op.attributes);
          if (op.relation) {
            const rel = relations.find((r) => r.id === op.relation);
            if (!rel) throw new CurationError(`relation ${quote(op.relation)} does not exist`);
            Object.assign(rel.attributes, op.attributes);
          }
          if (!op.entity && !op.relation)
            throw new CurationError("names neither an entity nor a relation");
          break;
        }
      }
    } catch (err) {
      if (!(err instanceof CurationError)) throw err;
      warnings.push(`curation operations[${index}] (${op.op}): ${err.message}`);
    }
  });

  // Two relations may have become one (a merge); keep one per id, evidence joined.
  const byId = new Map<string, Relation>();
  for (const r of relations) {
    const rid = relationKey(r);
    const prev = byId.get(rid);
    if (!prev) {
      byId.set(rid, { ...r, id: r.id.startsWith("r-") ? rid : r.id });
      continue;
    }
    for (const ev of r.evidence) {
      if (!prev.evidence.some((e) => e.source === ev.source && e.start === ev.start))
        prev.evidence.push(ev);
    }
  }
  const entityList = [...entities.values()];
  for (const e of entityList) {
    e.mentions.sort(
      (a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end,
    );
  }
  entityList.sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.id.localeCompare(b.id),
  );
  const relationList = [...byId.values()].sort(
    (a, b) =>
      RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || a.id.localeCompare(b.id),
  );
  return {
    document: {
      ...doc,
      ...(curation.document?.title ? { title: curation.document.title } : {}),
      ...(curation.document?.description ? { description: curation.document.description } : {}),
      sources,
      entities: entityList,
      relations: relationList,
    },
    warnings,
  };
}
