import { afterEach, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core, SingularElementArgument } from "cytoscape";
import { fastBoundingBox } from "../../src/graph/boundsFastPath";
import { buildStylesheet } from "../../src/graph/stylesheet";

// The renderer's per-element `boundingBox()` shortcut (src/graph/boundsFastPath.ts) must give
// exactly the box Cytoscape itself computes, whatever happened to the element since: a move of
// the entity or of a relation's end, a new class that changes its size, a new name.

type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
type Fn = (this: unknown, options?: unknown) => Box;

let cy: Core;
afterEach(() => cy?.destroy());

function setUp() {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: [
      {
        data: { id: "kamaz", type: "company", label: "KAMAZ", short: "KAMAZ" },
        position: { x: 0, y: 0 },
      },
      {
        data: { id: "tokayev", type: "leader", label: "Tokayev", short: "Tokayev" },
        position: { x: 200, y: 40 },
      },
      {
        data: { id: "kz", type: "country", label: "Kazakhstan", short: "Kazakhstan" },
        position: { x: -150, y: 120 },
      },
      { data: { id: "r1", source: "tokayev", target: "kz", type: "leads", label: "leads" } },
      {
        data: {
          id: "r2",
          source: "kamaz",
          target: "kz",
          type: "operates_in",
          label: "operates in",
        },
      },
    ],
  });
  const original = Object.getPrototypeOf(cy.collection()).boundingBox as Fn;
  let calls = 0;
  const counted: Fn = function (this: unknown, options?: unknown) {
    calls++;
    return original.call(this, options);
  };
  const fast = fastBoundingBox(counted as never) as unknown as Fn;
  return { fast, calls: () => calls };
}

/** What Cytoscape computes for the element from scratch, copied. */
function fresh(ele: SingularElementArgument): Box {
  // Cytoscape's own (not in its typings): forget the cached box.
  (ele as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
  const b = ele.boundingBox() as Box;
  return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: b.w, h: b.h };
}

function expectSameBoxes(fast: Fn) {
  for (const ele of cy.elements()) {
    const got = fast.call(ele);
    const shown = { x1: got.x1, y1: got.y1, x2: got.x2, y2: got.y2, w: got.w, h: got.h };
    expect(shown, ele.id()).toEqual(fresh(ele));
    // Asked again, the shortcut gives the element's cached box itself, as Cytoscape does.
    expect(fast.call(ele)).toBe(ele.boundingBox());
  }
}

describe("the drawing's per-element bounding box shortcut", () => {
  it("answers a clean element from its cache without running Cytoscape's method", () => {
    const { fast, calls } = setUp();
    const kamaz = cy.getElementById("kamaz");
    fast.call(kamaz); // the first frame styles it and computes its box
    const first = fast.call(kamaz);
    const before = calls();
    expect(fast.call(kamaz)).toBe(first);
    expect(fast.call(kamaz)).toBe(first);
    expect(calls()).toBe(before);
  });

  it("gives Cytoscape's boxes for entities and relations after they are first drawn", () => {
    const { fast } = setUp();
    expectSameBoxes(fast);
  });

  it("follows an entity dragged elsewhere, and the relations at its end", () => {
    const { fast } = setUp();
    expectSameBoxes(fast);
    cy.getElementById("kz").position({ x: 400, y: -300 });
    const r1 = fast.call(cy.getElementById("r1"));
    expect(r1.x2).toBeGreaterThan(390);
    expectSameBoxes(fast);
  });

  it("follows a relation's end moved behind Cytoscape's back (the position object itself)", () => {
    const { fast } = setUp();
    expectSameBoxes(fast);
    // Layouts and shifts may write the position in place; the rounded position is checked.
    const p = cy.getElementById("tokayev").position();
    p.x += 500;
    const got = fast.call(cy.getElementById("r1"));
    const ele = cy.getElementById("r1");
    expect(got.x2).toBeGreaterThan(500);
    expect({ x1: got.x1, x2: got.x2, y1: got.y1, y2: got.y2 }).toEqual(
      (({ x1, x2, y1, y2 }) => ({ x1, x2, y1, y2 }))(fresh(ele)),
    );
  });

  it("follows a selection's thicker border and a new, longer name", () => {
    const { fast } = setUp();
    expectSameBoxes(fast);
    const kamaz = cy.getElementById("kamaz");
    const small = { ...fast.call(kamaz) };
    kamaz.addClass("selected");
    const ringed = fast.call(kamaz);
    expect(ringed.w).toBeGreaterThan(small.w);
    expectSameBoxes(fast);
    cy.getElementById("kz").data({
      label: "Republic of Kazakhstan",
      short: "Republic of Kazakhstan",
    });
    cy.getElementById("r2").addClass("highlight");
    expectSameBoxes(fast);
  });

  it("leaves calls with options and over many elements to Cytoscape", () => {
    const { fast, calls } = setUp();
    const all = cy.elements();
    const before = calls();
    fast.call(all);
    fast.call(cy.getElementById("kamaz"), { includeLabels: false });
    expect(calls()).toBe(before + 2);
  });
});
