// One list per concept. The entity type tuple drives the TypeScript type, the schema, the filter UI,
// the legend and the Cytoscape stylesheet; nothing else lists the types.

export const ENTITY_TYPES = [
  "leader",
  "person",
  "country",
  "place",
  "company",
  "organisation",
  "project",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Cytoscape node shapes that we also know how to draw in the legend. */
export const NODE_SHAPES = [
  "star",
  "ellipse",
  "round-rectangle",
  "triangle",
  "diamond",
  "hexagon",
  "round-pentagon",
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export interface EntityTypeStyle {
  label: string;
  plural: string;
  /** Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. */
  color: string;
  /** Border drawn around the shape; darker for light fills so they stand out on white. */
  border: string;
  /** Shape is the second channel, so the legend still reads in greyscale. */
  shape: NodeShape;
}

export const ENTITY_TYPE_STYLE: Record<EntityType, EntityTypeStyle> = {
  leader: {
    label: "Leader",
    plural: "Leaders",
    color: "#D55E00",
    border: "#7a3600",
    shape: "star",
  },
  person: {
    label: "Person",
    plural: "People",
    color: "#CC79A7",
    border: "#7d3f63",
    shape: "ellipse",
  },
  country: {
    label: "Country",
    plural: "Countries",
    color: "#0072B2",
    border: "#003d60",
    shape: "round-rectangle",
  },
  place: {
    label: "Place",
    plural: "Places",
    color: "#56B4E9",
    border: "#1f6d99",
    shape: "triangle",
  },
  company: {
    label: "Company",
    plural: "Companies",
    color: "#E69F00",
    border: "#8a5f00",
    shape: "diamond",
  },
  organisation: {
    label: "Organisation",
    plural: "Organisations",
    color: "#009E73",
    border: "#00563f",
    shape: "hexagon",
  },
  project: {
    label: "Project",
    plural: "Projects",
    color: "#F0E442",
    border: "#8c8400",
    shape: "round-pentagon",
  },
};

export const RELATION_TYPES = [
  "met_with",
  "leader_of",
  "former_leader_of",
  "official_of",
  "visited",
  "located_in",
  "part_of",
  "capital_of",
  "cooperates_with",
  "operates_in",
  "based_in",
  "agreement_with",
  "participates_in",
  "held_in",
  "involves",
  "builds",
  "connects",
  "commemorated_in",
  "cites",
  "co_occurs",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface RelationTypeInfo {
  /** Short label drawn on the edge when a relation has none of its own. */
  label: string;
  /** Whether relations of this type read from source to target. */
  directed: boolean;
  /** Weak relations are drawn thin and dashed. */
  weak?: boolean;
}

export const RELATION_TYPE_INFO: Record<RelationType, RelationTypeInfo> = {
  met_with: { label: "met with", directed: false },
  leader_of: { label: "leader of", directed: true },
  former_leader_of: { label: "former leader of", directed: true },
  official_of: { label: "official of", directed: true },
  visited: { label: "visited", directed: true },
  located_in: { label: "located in", directed: true },
  part_of: { label: "part of", directed: true },
  capital_of: { label: "capital of", directed: true },
  cooperates_with: { label: "cooperates with", directed: false },
  operates_in: { label: "operates in", directed: true },
  based_in: { label: "based in", directed: true },
  agreement_with: { label: "agreement with", directed: false },
  participates_in: { label: "participates in", directed: true },
  held_in: { label: "held in", directed: true },
  involves: { label: "involves", directed: true },
  builds: { label: "builds", directed: true },
  /** A pipeline, corridor or route that links places: "Hazar Geçişli Boru Hattı'yla Türkiye'ye". */
  connects: { label: "connects", directed: true },
  commemorated_in: { label: "commemorated in", directed: true },
  cites: { label: "cites", directed: true },
  co_occurs: { label: "mentioned with", directed: false, weak: true },
};
