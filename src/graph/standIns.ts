import cytoscape from "cytoscape";
import type { CollectionReturnValue, LayoutOptions, NodeCollection } from "cytoscape";

// Cytoscape's own layouts memoise positions in a plain object keyed by node id, and fcose and
// cose-base keep their nodes in plain objects too. A node called "constructor", "toString" or
// "__proto__" then lands at (0,0) or crashes the layout. Ids are data from files, so a graph with
// such a name is laid out on a headless copy whose ids are stand-ins, and the positions are
// copied back. Other graphs take the direct path, which costs nothing extra.

/** Whether a plain object already "has" this key: "constructor", "toString", "__proto__"… */
export function isPrototypeName(id: string): boolean {
  return Object.hasOwn(Object.prototype, id);
}

export function hasPrototypeNames(eles: CollectionReturnValue): boolean {
  return eles
    .nodes()
    .filter((n) => isPrototypeName(n.id()))
    .nonempty();
}

/** Stand-in ids by real id, in node order: "n0", "n1"… */
export function standInIds(nodes: NodeCollection) {
  const out = new Map<string, string>();
  nodes.forEach((n, i) => void out.set(n.id(), `n${i}`));
  return out;
}

/** Runs `options` on a copy with stand-in ids and each node's real size; moves `eles`' nodes. */
export function layoutOnStandIns(eles: CollectionReturnValue, options: LayoutOptions) {
  const cy = eles.cy();
  const nodes = eles.nodes();
  const ids = standInIds(nodes);
  const includeLabels = !!(options as { nodeDimensionsIncludeLabels?: boolean })
    .nodeDimensionsIncludeLabels;
  const copy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((n) => {
        const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: includeLabels });
        return {
          group: "nodes" as const,
          data: { id: ids.get(n.id())!, w, h },
          position: { ...n.position() },
        };
      }),
      ...eles
        .edges()
        .map((e, i) => ({
          group: "edges" as const,
          data: { id: `e${i}`, source: ids.get(e.source().id()), target: ids.get(e.target().id()) },
        }))
        .filter((e) => e.data.source && e.data.target),
    ],
    style: [{ selector: "node", style: { width: "data(w)", height: "data(h)" } }],
  });
  // Cytoscape's own layouts fill the viewport unless told otherwise; without a container the copy
  // has no size, so it is given the real graph's. fcose ignores the viewport and gets nothing.
  const viewport = { x1: 0, y1: 0, w: cy.width(), h: cy.height() };
  const copyOptions = { ...options, nodeDimensionsIncludeLabels: false } as LayoutOptions & {
    boundingBox?: unknown;
  };
  if (options.name !== "fcose") copyOptions.boundingBox ??= viewport;
  copy.layout(copyOptions).run();
  cy.batch(() => {
    nodes.forEach((n) => void n.position({ ...copy.getElementById(ids.get(n.id())!).position() }));
  });
  copy.destroy();
}
