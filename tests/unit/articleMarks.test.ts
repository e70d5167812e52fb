import { describe, expect, it } from "vitest";
import { nestMarks, readerBlocks } from "../../src/components/reader/articleMarks";
import type { MarkItem, MarkNode, MentionMark } from "../../src/components/reader/articleMarks";

const mention = (start: number, end: number, entity: string): MentionMark => ({
  start,
  end,
  entity,
  type: "person",
});

/** The tree as "entity[start,end](children)" for reading the shape at a glance. */
function shape(nodes: MarkNode[]): string {
  return nodes
    .map((n) => {
      const name = n.item.kind === "mention" ? n.item.entity : "trigger";
      const inner = n.children.length ? `(${shape(n.children)})` : "";
      return `${name}[${n.start},${n.end}]${inner}`;
    })
    .join(" ");
}

describe("cutting an article into sentences for the reader", () => {
  it("keeps the text between sentences as blocks of its own, so nothing is left out", () => {
    const blocks = readerBlocks(
      30,
      [
        { start: 2, end: 10 },
        { start: 12, end: 25 },
      ],
      [],
    );
    expect(blocks.map((b) => [b.start, b.end, b.sentence])).toEqual([
      [0, 2, false],
      [2, 10, true],
      [10, 12, false],
      [12, 25, true],
      [25, 30, false],
    ]);
  });

  it("draws a mention that runs across a sentence break in both sentences", () => {
    const blocks = readerBlocks(
      20,
      [
        { start: 0, end: 10 },
        { start: 10, end: 20 },
      ],
      [mention(8, 13, "a"), mention(15, 17, "b")],
    );
    expect(blocks[0].mentions.map((m) => [m.entity, m.start, m.end])).toEqual([["a", 8, 10]]);
    expect(blocks[1].mentions.map((m) => [m.entity, m.start, m.end])).toEqual([
      ["a", 10, 13],
      ["b", 15, 17],
    ]);
  });

  it("cuts a sentence that overlaps the one before where that one ended", () => {
    const blocks = readerBlocks(
      20,
      [
        { start: 0, end: 12 },
        { start: 8, end: 20 },
      ],
      [],
    );
    expect(blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 12],
      [12, 20],
    ]);
  });
});

describe("nesting marks", () => {
  it("puts 'Kazakistan' inside 'Kazakistan Cumhurbaşkanı'", () => {
    const items: MarkItem[] = [
      { ...mention(0, 10, "kazakhstan"), kind: "mention" },
      { ...mention(0, 24, "tokayev"), kind: "mention" },
    ];
    expect(shape(nestMarks(items))).toBe("tokayev[0,24](kazakhstan[0,10])");
  });

  it("cuts a mark that crosses another where the first ends, and loses no character", () => {
    const items: MarkItem[] = [
      { ...mention(0, 10, "a"), kind: "mention" },
      { ...mention(6, 14, "b"), kind: "mention" },
      { start: 12, end: 16, kind: "trigger" },
    ];
    expect(shape(nestMarks(items))).toBe(
      "a[0,10](b[6,10]) b[10,14](trigger[12,14]) trigger[14,16]",
    );
  });

  it("draws a trigger word inside the mention that starts where it does", () => {
    const items: MarkItem[] = [
      { start: 5, end: 9, kind: "trigger" },
      { ...mention(5, 12, "a"), kind: "mention" },
    ];
    expect(shape(nestMarks(items))).toBe("a[5,12](trigger[5,9])");
  });

  it("skips empty marks", () => {
    expect(nestMarks([{ ...mention(3, 3, "a"), kind: "mention" }])).toEqual([]);
  });
});
