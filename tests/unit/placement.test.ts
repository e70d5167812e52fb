import { describe, expect, it } from "vitest";
import { placeNewNodes } from "../../src/workspace";

describe("new entities join the picture without moving it", () => {
  const placed = new Map([
    ["tokayev", { x: 0, y: 0 }],
    ["kazakhstan", { x: 300, y: 0 }],
    ["tatarstan", { x: 0, y: 300 }],
  ]);
  it("puts a new company next to the country it operates in, on a free spot", () => {
    const out = placeNewNodes(placed, ["karavan"], [{ source: "karavan", target: "kazakhstan" }]);
    const p = out.get("karavan")!;
    expect(Math.hypot(p.x - 300, p.y)).toBeLessThan(150);
    for (const q of placed.values()) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(50);
  });
  it("places a chain outwards and entities without relations beside the drawing, the same way every time", () => {
    const edges = [
      { source: "karavan", target: "kazakhstan" },
      { source: "dokmeci", target: "karavan" },
    ];
    const a = placeNewNodes(placed, ["dokmeci", "karavan", "lonely"], edges);
    const b = placeNewNodes(placed, ["dokmeci", "karavan", "lonely"], edges);
    expect(a).toEqual(b);
    const d = a.get("dokmeci")!;
    const k = a.get("karavan")!;
    expect(Math.hypot(d.x - k.x, d.y - k.y)).toBeLessThan(150);
    expect(a.get("lonely")!.x).toBeGreaterThan(300);
    const spots = [...a.values(), ...placed.values()];
    for (let i = 0; i < spots.length; i++)
      for (let j = i + 1; j < spots.length; j++)
        expect(Math.hypot(spots[i].x - spots[j].x, spots[i].y - spots[j].y)).toBeGreaterThan(50);
  });
});
