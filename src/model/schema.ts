import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_INFO } from "./vocabulary";

// In a page, the app's Content-Security-Policy has no 'unsafe-eval', so zod's compiled parsers
// cannot run there anyway, and zod's probe for them (new Function) is reported as a violation.
// Set here, before any schema parses; workers and Node have no such policy and keep the faster
// compiled parsers.
if (typeof document !== "undefined") z.config({ jitless: true });

// The runtime schema of one Relgraph document (format "relgraph", version 2; migrate.ts upgrades
// version 1). The TypeScript types
// are inferred from it, so the two cannot drift. Checks that span several records (unique ids,
// endpoints that exist, spans inside the text) are in validate.ts.

export const FORMAT = "relgraph";
export const FORMAT_VERSION = 2;

const id = z
  .string()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[^\s]+$/u, "must not contain spaces");
const offset = z.number().int("must be a whole number").nonnegative("must not be negative");
const attributeValue = z.union([z.string(), z.number(), z.boolean()]);

export const SpanSchema = z.object({ start: offset, end: offset });

/** The one key a plain object cannot hold as data: assigning it replaces the object's prototype. */
export const RESERVED_KEY = "__proto__";

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Attributes by name. JSON.parse keeps a `"__proto__"` key as data, but zod's record skips it
 * (copying it would set the prototype), so without this check the attribute would vanish without
 * a word. It is refused with its path instead.
 */
export const AttributesSchema = z.preprocess(
  (input, ctx) => {
    if (isObject(input) && Object.hasOwn(input, RESERVED_KEY)) {
      ctx.issues.push({
        code: "custom",
        input,
        path: [RESERVED_KEY],
        message: `"${RESERVED_KEY}" cannot be an attribute name; rename the attribute`,
      });
    }
    return input;
  },
  z.record(z.string(), attributeValue),
);

export const SourceSchema = z.object({
  id,
  title: z.string().min(1, "must not be empty"),
  language: z.string().min(2, "must be a language code such as tr or en"),
  publisher: z.string().optional(),
  /** ISO 8601 date (YYYY-MM-DD) when known. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date like 2021-03-05")
    .optional(),
  url: z.string().optional(),
  /** The full text; every span in the document indexes into it in UTF-16 code units. */
  text: z.string(),
  /** The extractor's sentence spans over `text`, in order and not overlapping (since version 2).
   * Evidence, the details panel and the reader use these instead of splitting sentences again. */
  sentences: z.array(SpanSchema, { error: "must be a list of { start, end } sentence spans" }),
});

export const MentionSchema = z.object({
  source: id,
  start: offset,
  end: offset,
  /** The surface form exactly as it stands in the text, e.g. "KAMAZın". */
  text: z.string().min(1, "must not be empty"),
});

export const EvidenceSchema = z.object({
  source: id,
  /** Span of the supporting sentence. */
  start: offset,
  end: offset,
  /** Spans of the words that signal the relation, e.g. "görüştü". */
  triggers: z.array(SpanSchema).optional(),
});

export const EntitySchema = z.object({
  id,
  type: z.enum(ENTITY_TYPES),
  label: z.string().min(1, "must not be empty"),
  aliases: z.array(z.string()).default([]),
  attributes: AttributesSchema.default({}),
  mentions: z.array(MentionSchema).default([]),
});

export const RelationSchema = z
  .object({
    id,
    type: z.enum(RELATION_TYPES),
    source: id,
    target: id,
    /** Defaults to the relation type's own direction. */
    directed: z.boolean().optional(),
    /** Short label drawn on the edge; defaults to the relation type's label. */
    label: z.string().optional(),
    evidence: z.array(EvidenceSchema).default([]),
    attributes: AttributesSchema.default({}),
  })
  .transform((r) => ({
    ...r,
    directed: r.directed ?? RELATION_TYPE_INFO[r.type].directed,
    label: r.label ?? RELATION_TYPE_INFO[r.type].label,
  }));

export const PositionSchema = z.object({ x: z.number(), y: z.number() });

/**
 * Positions by entity id. Any id is allowed, `"__proto__"` and `"constructor"` included, so this
 * keeps every own key: zod's record would skip `"__proto__"`, and Object.fromEntries defines each
 * key as data instead of assigning it. Read it with Object.hasOwn, never `positions[id]` alone.
 */
export const PositionsSchema = z
  .custom<Record<string, unknown>>(isObject, "must be an object of positions by entity id")
  .transform((input, ctx) => {
    const out: [string, z.infer<typeof PositionSchema>][] = [];
    for (const [key, value] of Object.entries(input)) {
      const parsed = PositionSchema.safeParse(value);
      if (parsed.success) out.push([key, parsed.data]);
      else
        for (const { message, path } of parsed.error.issues)
          ctx.issues.push({ code: "custom", message, input: value, path: [key, ...path] });
    }
    return Object.fromEntries(out);
  });

export const GraphDocumentSchema = z.object({
  format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
  version: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}` }),
  title: z.string().min(1, "must not be empty"),
  description: z.string().optional(),
  sources: z.array(SourceSchema).default([]),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema).default([]),
  /** Saved node positions by entity id; without them the app lays the graph out itself. */
  positions: PositionsSchema.optional(),
});
