import { describe, expect, it } from "vitest";
import {
  applyView,
  createAppStore,
  decodeView,
  defaultUrlView,
  encodeView,
  viewFromState,
} from "../../src/store";
import type { UrlView } from "../../src/store";
import { loadSeed } from "../helpers/seed";

function seededStore() {
  const store = createAppStore();
  store.getState().loadDocument(loadSeed(), "data/graph.json");
  return store;
}

const everything: UrlView = {
  hiddenTypes: ["organisation", "project"],
  showWeak: true,
  hiddenRelationTypes: ["involves", "held_in"],
  hiddenSources: ["a,b source", "000_d7abfb82a5c11602"],
  minSupport: 2,
  hideIsolated: true,
  depth: 3,
  only: true,
  selection: { kind: "entity", id: "kamaz" },
  pathTo: "tatarstan",
  layout: "concentric",
  sizeBy: "pagerank",
  viewport: { zoom: 1.25, pan: { x: -12.5, y: 300 } },
};

describe("the view in the link", () => {
  it("the default view is an empty hash, and an empty hash is the default view", () => {
    expect(encodeView(defaultUrlView())).toBe("");
    expect(decodeView("")).toEqual({ view: defaultUrlView(), problems: [] });
    expect(decodeView("#")).toEqual({ view: defaultUrlView(), problems: [] });
  });

  it("every part survives the round trip through the hash", () => {
    const hash = encodeView(everything);
    expect(hash).toContain("sel=e:kamaz");
    const { view, problems } = decodeView(`#${hash}`);
    expect(problems).toEqual([]);
    expect(view).toEqual(everything);
  });

  it("a relation selection round-trips too", () => {
    const v = { ...defaultUrlView(), selection: { kind: "relation" as const, id: "r-x" } };
    expect(decodeView(encodeView(v)).view.selection).toEqual({ kind: "relation", id: "r-x" });
  });

  it("garbage falls back to the defaults, part by part, and names what it could not read", () => {
    for (const junk of [
      "#%%%",
      "#<script>alert(1)</script>",
      "#=&&=",
      "#sel",
      "#" + "x".repeat(30_000),
    ]) {
      const { view, problems } = decodeView(junk);
      expect(view).toEqual(defaultUrlView());
      expect(problems.length).toBeGreaterThan(0);
    }
    const mixed = decodeView(
      "#depth=7&hide=company,dragons&layout=spiral&view=1,NaN,3&sel=e:kamaz&support=0",
    );
    expect(mixed.view).toEqual({
      ...defaultUrlView(),
      hiddenTypes: ["company"],
      selection: { kind: "entity", id: "kamaz" },
    });
    expect(mixed.problems.join("\n")).toMatch(/depth "7"/);
    expect(mixed.problems.join("\n")).toMatch(/entity type "dragons"/);
    expect(mixed.problems.join("\n")).toMatch(/layout "spiral"/);
    expect(mixed.problems.join("\n")).toMatch(/camera/);
    expect(mixed.problems.join("\n")).toMatch(/support "0"/);
  });

  it("does not look keys up through the prototype: '__proto__' and 'constructor' are unknown parts", () => {
    const { view, problems } = decodeView("#__proto__=1&constructor=x&toString=y");
    expect(view).toEqual(defaultUrlView());
    expect(problems).toHaveLength(3);
  });

  it("a path without a selected entity to start from is dropped with a reason", () => {
    const { view, problems } = decodeView("#path=tatarstan");
    expect(view.pathTo).toBeNull();
    expect(problems).toEqual(["a path needs a selected entity to start from"]);
  });

  it("applying a view to the seed gives back the same view; unknown ids are named and left out", () => {
    const store = seededStore();
    const shared: UrlView = {
      ...defaultUrlView(),
      hiddenTypes: ["organisation"],
      depth: 2,
      selection: { kind: "entity", id: "kamaz" },
      pathTo: "tatarstan",
      hiddenRelationTypes: ["cites"],
      sizeBy: "degree",
    };
    expect(applyView(store, shared, true)).toEqual([]);
    const back = viewFromState(store.getState());
    expect({ ...back, viewport: null }).toEqual(shared);

    const other = seededStore();
    const problems = applyView(
      other,
      { ...shared, selection: { kind: "entity", id: "atlantis" }, hiddenSources: ["nope"] },
      true,
    );
    expect(problems.join("\n")).toMatch(/no entity "atlantis"/);
    expect(problems.join("\n")).toMatch(/sources this graph does not have/);
    expect(other.getState().selection).toBeNull();
    expect(other.getState().path).toBeNull();
    // The readable parts still apply.
    expect(other.getState().depth).toBe(2);
    expect(other.getState().visibleTypes.has("organisation")).toBe(false);
  });
});
