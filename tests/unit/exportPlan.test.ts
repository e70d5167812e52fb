import { describe, expect, it } from "vitest";
import {
  exportFileName,
  MAX_EXPORT_PIXELS,
  MAX_EXPORT_SIDE,
  planExport,
} from "../../src/graph/exportImage";

describe("planning a PNG export", () => {
  it("keeps the chosen scale when the image fits", () => {
    expect(planExport({ width: 800, height: 600 }, 2)).toEqual({
      width: 1600,
      height: 1200,
      scale: 2,
      clamped: false,
    });
  });

  it("clamps a 20k-entity graph at 4× to a size the browser can draw, and says so", () => {
    const plan = planExport({ width: 30000, height: 24000 }, 4);
    expect(plan.clamped).toBe(true);
    expect(plan.width).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(plan.height).toBeLessThanOrEqual(MAX_EXPORT_SIDE);
    expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_EXPORT_PIXELS);
    expect(plan.width / plan.height).toBeCloseTo(30000 / 24000, 2);
  });

  it("clamps a very long, thin graph by its longest side", () => {
    const plan = planExport({ width: 100000, height: 50 }, 1);
    expect(plan.width).toBe(MAX_EXPORT_SIDE);
    expect(plan.clamped).toBe(true);
  });

  it("names the file after the dataset, in plain ASCII", () => {
    expect(
      exportFileName("Tokayev meets Minnikhanov (Kazinform, Turkish)", {
        scope: "full",
        scale: 2,
      }),
    ).toBe("tokayev-meets-minnikhanov-kazinform-turkish-full-2x.png");
    expect(
      exportFileName("Kazakistan–Tataristan İşbirliği", {
        scope: "view",
        scale: 1,
      }),
    ).toBe("kazakistan-tataristan-isbirligi-view-1x.png");
    expect(exportFileName("???", { scope: "view", scale: 4 })).toBe("relgraph-view-4x.png");
    expect(exportFileName("Tokayev", { scope: "selection", scale: 2, format: "svg" })).toBe(
      "tokayev-selection.svg",
    );
  });
});
