import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument, problemToString } from "../../src/model";
import type { DocumentProblem } from "../../src/model";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A small valid document; each test breaks one thing in a fresh copy. */
function aliceMeetsBob() {
  return {
    format: "relgraph",
    version: 2,
    title: "Alice meets Bob",
    sources: [
      {
        id: "s1",
        title: "One sentence",
        language: "en",
        text: "Alice met Bob.",
        sentences: [{ start: 0, end: 14 }],
      },
    ],
    entities: [
      {
        id: "alice",
        type: "person",
        label: "Alice",
        mentions: [{ source: "s1", start: 0, end: 5, text: "Alice" }],
      },
      {
        id: "bob",
        type: "person",
        label: "Bob",
        mentions: [{ source: "s1", start: 10, end: 13, text: "Bob" }],
      },
    ] as Record<string, unknown>[],
    relations: [
      {
        id: "r1",
        type: "met_with",
        source: "alice",
        target: "bob",
        evidence: [{ source: "s1", start: 0, end: 14, triggers: [{ start: 6, end: 9 }] }],
      },
    ] as Record<string, unknown>[],
  };
}

/** The problems the app would list for this input; fails the test if the input loads. */
function problemsOf(input: unknown): DocumentProblem[] {
  const result = parseDocument(input);
  if (result.ok) throw new Error("expected the document to be rejected, but it loaded");
  return result.problems;
}

describe("opening a graph document", () => {
  it("loads a minimal document and fills in the defaults", () => {
    const result = parseDocument({ format: "relgraph", version: 2, title: "Empty", entities: [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.sources).toEqual([]);
    expect(result.document.relations).toEqual([]);
  });

  it("loads a small valid document, taking direction and label from the relation type", () => {
    const result = parseDocument(aliceMeetsBob());
    expect(result.ok ? [] : result.problems.map(problemToString)).toEqual([]);
    if (!result.ok) return;
    const [alice] = result.document.entities;
    expect(alice.aliases).toEqual([]);
    expect(alice.attributes).toEqual({});
    const [meeting] = result.document.relations;
    expect(meeting.directed).toBe(false);
    expect(meeting.label).toBe("met with");
  });

  it("keeps an edge label and direction the author set", () => {
    const doc = aliceMeetsBob();
    doc.relations[0] = { ...doc.relations[0], label: "shook hands with", directed: true };
    const result = parseDocument(doc);
    expect(result.ok && result.document.relations[0]).toMatchObject({
      label: "shook hands with",
      directed: true,
    });
  });

  it("loads the shipped seed graph", () => {
    const raw: unknown = JSON.parse(readFileSync(resolve(ROOT, "data/graph.json"), "utf8"));
    const result = parseDocument(raw);
    expect(result.ok ? [] : result.problems.map(problemToString)).toEqual([]);
  });

  it("loads the example printed in docs/data-format.md", () => {
    const markdown = readFileSync(resolve(ROOT, "docs/data-format.md"), "utf8");
    const example = /```json\n(\{\n[\s\S]*?\n\})\n```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const result = parseDocument(JSON.parse(example ?? "null"));
    expect(result.ok ? [] : result.problems.map(problemToString)).toEqual([]);
  });
});

describe("rejecting a broken document with problems a person can act on", () => {
  it("points at an entity whose type is not one of ours, and says which entity", () => {
    const doc = aliceMeetsBob();
    doc.entities[1].type = "animal";
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("entities[1].type");
    expect(problem.owner).toBe("bob");
    expect(problem.message).toContain('"leader"');
    expect(problem.message).toContain('"project"');
  });

  it("points at a relation whose target does not exist", () => {
    const doc = aliceMeetsBob();
    doc.relations[0].target = "carol";
    expect(problemsOf(doc)).toEqual([
      {
        path: "relations[0].target",
        owner: "r1",
        message: 'names entity "carol", which is not in entities',
      },
    ]);
  });

  it("shows what the text really reads when a mention does not match its span", () => {
    const doc = aliceMeetsBob();
    doc.entities[0].mentions = [{ source: "s1", start: 0, end: 5, text: "Alicia" }];
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("entities[0].mentions[0].text");
    expect(problem.owner).toBe("alice");
    expect(problem.message).toBe('is "Alicia" but the source text at 0-5 reads "Alice"');
  });

  it("refuses a mention that runs past the end of the text", () => {
    const doc = aliceMeetsBob();
    doc.entities[1].mentions = [{ source: "s1", start: 10, end: 40, text: "Bob." }];
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe("entities[1].mentions[0].end");
    expect(problems[0].message).toContain("past the end of the source text (14 characters)");
  });

  it("refuses evidence that runs past the end of the text", () => {
    const doc = aliceMeetsBob();
    doc.relations[0].evidence = [{ source: "s1", start: 0, end: 99 }];
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("relations[0].evidence[0].end");
    expect(problem.owner).toBe("r1");
    expect(problem.message).toContain("past the end");
  });

  it("refuses an empty or backwards span", () => {
    const doc = aliceMeetsBob();
    doc.entities[0].mentions = [{ source: "s1", start: 5, end: 5, text: "A" }];
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("entities[0].mentions[0].end");
    expect(problem.message).toBe("must be greater than start (5)");
  });

  it("refuses a negative offset", () => {
    const doc = aliceMeetsBob();
    doc.entities[0].mentions = [{ source: "s1", start: -1, end: 5, text: "Alice" }];
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("entities[0].mentions[0].start");
    expect(problem.message).toBe("must not be negative");
  });

  it("refuses a mention in a source the document does not have", () => {
    const doc = aliceMeetsBob();
    doc.entities[0].mentions = [{ source: "s2", start: 0, end: 5, text: "Alice" }];
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("entities[0].mentions[0].source");
    expect(problem.message).toBe('names source "s2", which is not in sources');
  });

  it("names the id that is used twice, for entities and for relations", () => {
    const doc = aliceMeetsBob();
    doc.entities.push({ id: "alice", type: "leader", label: "Another Alice" });
    doc.relations.push({ ...doc.relations[0] });
    expect(problemsOf(doc)).toEqual([
      { path: "entities[2].id", owner: "alice", message: '"alice" is used twice' },
      { path: "relations[1].id", owner: "r1", message: '"r1" is used twice' },
    ]);
  });

  it("names a source id that is used twice", () => {
    const doc = aliceMeetsBob();
    doc.sources.push({ ...doc.sources[0] });
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("sources[1].id");
    expect(problem.message).toBe('"s1" is used twice');
  });

  it("refuses a file in some other format", () => {
    const doc = { ...aliceMeetsBob(), format: "graphml" };
    expect(problemsOf(doc)).toEqual([{ path: "format", message: 'must be "relgraph"' }]);
  });

  it("refuses a later version it does not know", () => {
    const doc = { ...aliceMeetsBob(), version: 3 };
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("version");
    expect(problem.message).toBe(
      "is 3, newer than this Relgraph reads (2); update Relgraph to open it",
    );
  });

  it.each([
    ["a string", "hello", "string"],
    ["null", null, "null"],
    ["an array", [], "array"],
    ["a number", 42, "number"],
  ])("refuses %s instead of a document, speaking of the document as a whole", (_, input, kind) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe("(document)");
    expect(problems[0].owner).toBeUndefined();
    expect(problems[0].message).toContain("expected object");
    expect(problems[0].message).toContain(kind);
  });
});

describe("names that plain JavaScript objects treat specially", () => {
  // JSON.parse keeps "__proto__" as an ordinary key; an object literal here would set the
  // prototype instead, so each of these inputs is written as JSON text, as a file would be.
  const withJson = (json: string) => JSON.parse(json) as Record<string, unknown>;

  it('refuses an entity attribute called "__proto__", naming the path and the entity', () => {
    const doc = aliceMeetsBob();
    doc.entities[1].attributes = withJson('{"role": "mayor", "__proto__": "hidden"}');
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problemToString(problems[0])).toBe(
      'entities[1].attributes.__proto__ (id "bob"): "__proto__" cannot be an attribute name; ' +
        "rename the attribute",
    );
  });

  it('refuses a relation attribute called "__proto__" too', () => {
    const doc = aliceMeetsBob();
    doc.relations[0].attributes = withJson('{"__proto__": {"polluted": true}}');
    const [problem] = problemsOf(doc);
    expect(problem.path).toBe("relations[0].attributes.__proto__");
    expect(problem.owner).toBe("r1");
  });

  it('keeps attributes called "constructor" and "toString" as the data they are', () => {
    const doc = aliceMeetsBob();
    doc.entities[0].attributes = withJson('{"constructor": "Ada", "toString": 3}');
    const result = parseDocument(doc);
    expect(result.ok && result.document.entities[0].attributes).toEqual({
      constructor: "Ada",
      toString: 3,
    });
  });

  it('keeps the position of an entity whose id is "__proto__", and checks it like any other', () => {
    const doc = aliceMeetsBob();
    doc.entities[1].id = "__proto__";
    doc.relations[0].target = "__proto__";
    const positions = '{"alice": {"x": 1, "y": 2}, "__proto__": {"x": 3, "y": 4}}';
    const result = parseDocument({ ...doc, positions: withJson(positions) });
    if (!result.ok) throw new Error(result.problems.map(problemToString).join("\n"));
    const kept = result.document.positions!;
    expect(Object.keys(kept)).toEqual(["alice", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(kept, "__proto__")?.value).toEqual({ x: 3, y: 4 });
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);

    const broken = '{"alice": {"x": 1, "y": 2}, "__proto__": {"x": 3}}';
    const [problem] = problemsOf({ ...doc, positions: withJson(broken) });
    expect(problem.path).toBe("positions.__proto__.y");
  });

  it("says a position names an entity that is not there, even when the name is constructor", () => {
    const doc = aliceMeetsBob();
    const [problem] = problemsOf({
      ...doc,
      positions: withJson('{"alice": {"x": 1, "y": 2}, "constructor": {"x": 3, "y": 4}}'),
    });
    expect(problemToString(problem)).toBe(
      'positions.constructor: is a position for "constructor", which is not in entities',
    );
  });
});

describe("writing a problem out for a person", () => {
  it('reads as `path (id "x"): message` when the problem belongs to an item', () => {
    expect(
      problemToString({
        path: "relations[0].target",
        owner: "r1",
        message: 'names entity "carol", which is not in entities',
      }),
    ).toBe('relations[0].target (id "r1"): names entity "carol", which is not in entities');
  });

  it("leaves the id out when the problem belongs to the document itself", () => {
    expect(problemToString({ path: "format", message: 'must be "relgraph"' })).toBe(
      'format: must be "relgraph"',
    );
  });

  it("lists a wrong entity type the way the app shows it", () => {
    const doc = aliceMeetsBob();
    doc.entities[0].type = "animal";
    expect(problemToString(problemsOf(doc)[0])).toMatch(
      /^entities\[0\]\.type \(id "alice"\): .*"person"/,
    );
  });
});
