import type { z } from "zod";
import type {
  EvidenceSchema,
  GraphDocumentSchema,
  EntitySchema,
  MentionSchema,
  RelationSchema,
  SourceSchema,
  SpanSchema,
} from "./schema";

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type GraphDocument = z.infer<typeof GraphDocumentSchema>;
export type { EntityType, RelationType } from "./vocabulary";
