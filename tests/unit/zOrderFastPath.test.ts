import { afterEach, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core, SingularElementArgument } from "cytoscape";
import { installZOrderFastPath, zOrder } from "../../src/graph/zOrderFastPath";
import type { Sortable } from "../../src/graph/zOrderFastPath";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { BIG_GRAPH_ELEMENTS, detailLevelFor } from "../../src/graph/levelOfDetail";

// The drawing order (src/graph/zOrderFastPath.ts) must be the one Cytoscape documents and sorts
// by itself: relations under entities, then by z-index (a selection and its neighbourhood are
// drawn above the rest), then in the order the elements were added, also after elements were
// removed and others added.

let cy: Core;
afterEach(() => cy?.destroy());

type Ele = SingularElementArgument & Sortable & { poolIndex(): number };

/** Cytoscape's documented comparison, written out plainly (graphs without compound nodes). */
function documentedOrder(c: Core): string[] {
  const depth = (e: Ele) => {
    const v = e.pstyle("z-compound-depth").value;
    return v === "bottom" ? -1 : v === "top" ? Number.MAX_SAFE_INTEGER : 0;
  };
  const kind = (e: Ele) => (e.pstyle("z-index-compare").value === "auto" && e.isNode() ? 1 : 0);
  const z = (e: Ele) => Number(e.pstyle("z-index").value);
  const eles = c.elements().toArray() as Ele[];
  eles.sort(
    (a, b) =>
      depth(a) - depth(b) || kind(a) - kind(b) || z(a) - z(b) || a.poolIndex() - b.poolIndex(),
  );
  return eles.map((e) => e.id());
}

/** The core's element list in the order Cytoscape keeps it (what the renderer sorts). */
function pool(c: Core): Ele[] {
  return (c as unknown as { mutableElements(): { toArray(): Ele[] } }).mutableElements().toArray();
}

function graph(entities: number, big = false) {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < entities; i++) {
    elements.push({
      data: { id: `e${i}`, type: i % 3 ? "company" : "leader", label: `E${i}`, short: `E${i}` },
      position: { x: i * 10, y: (i % 7) * 10 },
    });
    // Each entity's relations come right after it, as a progressive load adds them.
    if (i > 0) {
      elements.push({
        data: { id: `r${i}`, source: `e${i}`, target: `e${i - 1}`, type: "cooperates_with" },
      });
    }
  }
  const style = buildStylesheet(detailLevelFor(big ? BIG_GRAPH_ELEMENTS : 0));
  return cytoscape({ headless: true, styleEnabled: true, style, elements });
}

describe("the drawing order without Cytoscape's comparator", () => {
  it("draws relations under entities, each in the order it was added", () => {
    cy = graph(30);
    const order = zOrder(pool(cy)).map((e) => e.id());
    expect(order).toEqual(documentedOrder(cy));
    expect(order.slice(0, 29).every((id) => id.startsWith("r"))).toBe(true);
    expect(order.slice(29)).toEqual(Array.from({ length: 30 }, (_, i) => `e${i}`));
  });

  it("puts a selected entity, its neighbours and its relations above the rest (big graph)", () => {
    cy = graph(30, true);
    cy.getElementById("e10").addClass("selected");
    cy.getElementById("e9").addClass("near");
    cy.getElementById("r10").addClass("highlight");
    const order = zOrder(pool(cy)).map((e) => e.id());
    expect(order).toEqual(documentedOrder(cy));
    expect(order.indexOf("e10")).toBeGreaterThan(order.indexOf("e29"));
    expect(order.indexOf("e9")).toBeGreaterThan(order.indexOf("e29"));
    expect(order.indexOf("r10")).toBeGreaterThan(order.indexOf("r29"));
    expect(order.indexOf("r10")).toBeLessThan(order.indexOf("e0"));
  });

  it("keeps the order of addition after elements are removed and others added", () => {
    cy = graph(30);
    cy.remove(cy.getElementById("e5"));
    cy.getElementById("e20").remove();
    cy.add([
      { data: { id: "late", type: "place", label: "Late", short: "Late" } },
      { data: { id: "rl", source: "late", target: "e0", type: "located_in" } },
    ]);
    cy.getElementById("late").addClass("selected");
    const order = zOrder(pool(cy)).map((e) => e.id());
    expect(order).toEqual(documentedOrder(cy));
    expect(order).toHaveLength(cy.elements().length);
    expect(new Set(order).size).toBe(order.length);
  });

  it("follows z-compound-depth set in a style", () => {
    cy = graph(10);
    cy.getElementById("e3").style("z-compound-depth", "bottom");
    cy.getElementById("r4").style("z-compound-depth", "top");
    cy.getElementById("e6").style("z-index-compare", "manual");
    const order = zOrder(pool(cy)).map((e) => e.id());
    expect(order).toEqual(documentedOrder(cy));
    expect(order[0]).toBe("e3");
    expect(order[order.length - 1]).toBe("r4");
  });

  it("after a selection and its end, the order installed on a renderer follows each change", () => {
    cy = graph(40, true);
    // A stand-in for the canvas renderer's part (headless Cytoscape has none): it drops its
    // cached order when told the z-order may have changed, as Cytoscape's does.
    const renderer = {
      cachedZSortedEles: null as unknown[] | null,
      getCachedZSortedEles(): unknown[] {
        throw new Error("Cytoscape's own sort should not run for a graph without compounds");
      },
      updateCachedGrabbedEles() {},
      notify(name: string) {
        if (name === "zorder" || name === "add" || name === "remove") {
          this.cachedZSortedEles = null;
        }
      },
    };
    (cy as unknown as { renderer(): unknown }).renderer = () => renderer;
    expect(installZOrderFastPath(cy)).toBe(true);
    // Before a frame the renderer brings changed styles up to date (that is when Cytoscape
    // notices a new z-index and says so); headless, reading a style does it.
    const drawn = () => {
      cy.elements().forEach((e) => void e.style("z-index"));
      return (renderer.getCachedZSortedEles() as Ele[]).map((e) => e.id());
    };
    expect(drawn()).toEqual(documentedOrder(cy));
    cy.batch(() => {
      cy.getElementById("e10").addClass("selected");
      cy.getElementById("r10").addClass("highlight");
    });
    expect(drawn()).toEqual(documentedOrder(cy));
    expect(drawn().at(-1)).toBe("e10");
    cy.getElementById("e10").removeClass("selected");
    cy.getElementById("e20").addClass("near");
    expect(drawn()).toEqual(documentedOrder(cy));
    expect(drawn().at(-1)).toBe("e20");
    cy.add({ data: { id: "late", type: "place", label: "Late", short: "Late" } });
    expect(drawn()).toEqual(documentedOrder(cy));
  });
});
