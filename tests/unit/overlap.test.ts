import { describe, expect, it } from "vitest";
import {
  boxesOverlap,
  corners,
  labelsToDrop,
  separateBoxes,
  shapesOverlap,
  turnedBox,
} from "../../src/graph/overlap";
import type { PlacedBox } from "../../src/graph/overlap";

/** A 40 px shape with a 120 x 20 name under it, like an entity on screen. */
const entity = (id: string, x: number, y: number): PlacedBox => ({
  id,
  x,
  y,
  box: { x1: -60, y1: -20, x2: 60, y2: 42 },
});
const placed = (b: PlacedBox, moved: Map<string, { x: number; y: number }>) => {
  const p = moved.get(b.id) ?? b;
  return { x1: p.x + b.box.x1, y1: p.y + b.box.y1, x2: p.x + b.box.x2, y2: p.y + b.box.y2 };
};

describe("spreading entities a layout piled up", () => {
  it("leaves no two names overlapping, and moves nobody who was clear", () => {
    const boxes = [
      entity("tokayev", 0, 0),
      entity("minnikhanov", 30, 10),
      entity("kamaz", 35, -5),
      entity("far-away", 1000, 1000),
    ];
    const moved = separateBoxes(boxes);
    expect(moved.has("far-away")).toBe(false);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(boxesOverlap(placed(boxes[i], moved), placed(boxes[j], moved))).toBe(false);
  });

  it("gives a labelled relation room for its label between the two entities", () => {
    const a = entity("tokayev", 0, 0);
    const b = entity("minnikhanov", 0, 70); // names just clear of each other, no room between
    const moved = separateBoxes([a, b], 6, 80, [{ a: "tokayev", b: "minnikhanov", room: 60 }]);
    const top = placed(a, moved);
    const bottom = placed(b, moved);
    expect(bottom.y1 - top.y2).toBeGreaterThanOrEqual(59);
  });

  it("gives the same picture for the same input", () => {
    const boxes = [entity("a", 0, 0), entity("b", 0, 0), entity("c", 5, 5)];
    expect([...separateBoxes(boxes)]).toEqual([...separateBoxes(boxes)]);
  });
});

describe("edge labels that would collide", () => {
  const label = (_id: string, x: number, y: number, angle = 0) =>
    turnedBox({ x, y }, 50, 14, angle);

  it("keeps the selected relation's label and drops the one it would be drawn over", () => {
    const dropped = labelsToDrop(
      [
        { id: "met-with", shape: label("met-with", 0, 0), priority: 1e6 },
        { id: "leader-of", shape: label("leader-of", 10, 4), priority: 5 },
        { id: "visited", shape: label("visited", 300, 0), priority: 1 },
      ],
      [],
    );
    expect([...dropped]).toEqual(["leader-of"]);
  });

  it("always draws the selected relation's label; the others make way", () => {
    const name = { x1: -60, y1: -10, x2: 60, y2: 10 };
    const dropped = labelsToDrop(
      [
        { id: "selected", shape: label("selected", 0, 0), priority: 1, always: true },
        { id: "other", shape: label("other", 5, 2), priority: 100 },
      ],
      [name],
    );
    expect([...dropped]).toEqual(["other"]);
  });

  it("drops a label that would cover an entity's name", () => {
    const name = { x1: -60, y1: 20, x2: 60, y2: 40 };
    expect([
      ...labelsToDrop([{ id: "cites", shape: label("cites", 0, 30), priority: 1 }], [name]),
    ]).toEqual(["cites"]);
  });

  it("measures a slanted label by its turned box, not the larger upright one", () => {
    // A 50 x 14 label at 45°: its upright box reaches (±25, ±25), but its corners do not.
    const slanted = turnedBox({ x: 0, y: 0 }, 50, 14, Math.PI / 4);
    const nearCorner = corners({ x1: 16, y1: -26, x2: 30, y2: -14 });
    expect(shapesOverlap(slanted, nearCorner)).toBe(false);
    expect(shapesOverlap(slanted, corners({ x1: 5, y1: 5, x2: 12, y2: 12 }))).toBe(true);
  });
});
