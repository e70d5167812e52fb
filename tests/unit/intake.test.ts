import { describe, expect, it } from "vitest";
import { readArticleFiles, readPastedArticle } from "../../src/io/readArticles";
import { looksTurkish, MAX_ARTICLE_BYTES, similarEntities, translitKey } from "../../src/workspace";
import { KARAVAN_TEXT } from "../helpers/workspace";

const file = (name: string, content: BlobPart | BlobPart[]) =>
  new File(Array.isArray(content) ? content : [content], name, { type: "text/plain" });
const none = new Map<string, string>();
const paste = (text: string, extra: Partial<{ title: string; date: string; url: string }> = {}) =>
  readPastedArticle({ text, title: "", date: "", url: "", ...extra }, none);

describe("articles a person brings in", () => {
  it("takes a good file, titled by its first line, and names each bad one with what to do", async () => {
    const big = {
      name: "huge.txt",
      size: MAX_ARTICLE_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error("must not be read")),
    } as unknown as File;
    const intake = await readArticleFiles(
      [
        file("karavan.txt", "Karavan açıldı\n\n" + KARAVAN_TEXT),
        file("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
        file("latin1.txt", new Uint8Array([0x4b, 0x61, 0x7a, 0x61, 0x6b, 0xfd, 0x73])),
        file("blank.md", "   \n\t "),
        file("notes.pdf", "%PDF-1.4"),
        big,
      ],
      none,
    );
    expect(intake.articles.map((a) => a.title)).toEqual(["Karavan açıldı"]);
    expect(intake.problems).toEqual([
      "photo.txt looks like a binary file, not text. Save the article as plain text (.txt).",
      "latin1.txt is not valid UTF-8 text. Open it in an editor and save it as UTF-8, then add it again.",
      "blank.md has only white space: there is no text to extract from.",
      "notes.pdf is not a .txt or .md file; save the article as plain text.",
      "huge.txt is 2.0 MB; articles may be up to 2 MB. Split it or trim it, then add it again.",
    ]);
  });

  it("recognises an article already in the workspace by its content, whatever the file is called", async () => {
    const first = await readArticleFiles([file("a.txt", KARAVAN_TEXT)], none);
    const known = new Map([[first.articles[0].hash, first.articles[0].title]]);
    const again = await readArticleFiles([file("renamed.txt", KARAVAN_TEXT)], known);
    expect(again.articles).toEqual([]);
    expect(again.problems[0]).toMatch(/^renamed\.txt is already in this workspace \(as “a”\)/);
    const twiceInOneDrop = await readArticleFiles(
      [file("a.txt", KARAVAN_TEXT), file("b.txt", KARAVAN_TEXT)],
      none,
    );
    expect(twiceInOneDrop.articles).toHaveLength(1);
    expect(twiceInOneDrop.problems).toHaveLength(1);
  });

  it("refuses more files at once than it takes, adding none of them", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => file(`a${i}.txt`, `Metin ${i}`));
    const intake = await readArticleFiles(many, none);
    expect(intake.articles).toEqual([]);
    expect(intake.problems).toEqual([
      "1001 files at once is more than the 1000 Relgraph takes in one go; nothing was added. Add them in smaller batches.",
    ]);
  });

  it("says why a paste cannot be extracted: empty, only spaces, a bad date, a script link", async () => {
    expect((await paste("")).problems).toEqual([
      "The pasted text is empty: paste or pick an article's text.",
    ]);
    expect((await paste("  \n ")).problems).toEqual([
      "The pasted text has only white space: there is no text to extract from.",
    ]);
    expect((await paste(KARAVAN_TEXT, { date: "yesterday" })).problems).toEqual([
      "The date “yesterday” must look like 2024-03-05.",
    ]);
    expect((await paste(KARAVAN_TEXT, { url: "javascript:alert(1)" })).problems[0]).toMatch(
      /must be a web address/,
    );
    const ok = await paste(KARAVAN_TEXT, {
      title: "Karavan",
      date: "2026-11-30",
      url: "https://example.org/k",
    });
    expect(ok.articles[0]).toMatchObject({
      title: "Karavan",
      date: "2026-11-30",
      url: "https://example.org/k",
    });
  });

  it("extracts an English text too, but says it is tuned for Turkish", async () => {
    const english =
      "The president of Kazakhstan met the president of Tatarstan in Astana on Monday, and they discussed trade and the new factory.";
    expect(looksTurkish(english)).toBe(false);
    expect(looksTurkish(KARAVAN_TEXT)).toBe(true);
    const intake = await paste(english, { title: "English" });
    expect(intake.articles).toHaveLength(1);
    expect(intake.notes).toEqual([
      "“English” does not look like Turkish. Relgraph's extraction is tuned for Turkish news, so it finds what it can: expect fewer names and relations.",
    ]);
  });
});

describe("names written another way", () => {
  const known = [
    { id: "minnikhanov", label: "Rustam Minnikhanov", aliases: [] },
    { id: "japarov", label: "Sadyr Japarov", aliases: [] },
    { id: "tokayev", label: "Kassym-Jomart Tokayev", aliases: [] },
    { id: "kamaz", label: "KAMAZ", aliases: [] },
  ];
  it("finds the known entity behind a Turkish or English transliteration", () => {
    expect(translitKey("Minnihanov")).toBe(translitKey("Minnikhanov"));
    expect(similarEntities("Minnihanov", known).map((e) => e.id)).toEqual(["minnikhanov"]);
    expect(similarEntities("Caparov", known).map((e) => e.id)).toEqual(["japarov"]);
    expect(similarEntities("Tokaev", known).map((e) => e.id)).toEqual(["tokayev"]);
  });
  it("does not take a different name for a spelling", () => {
    expect(similarEntities("Nazarbayev", known)).toEqual([]);
    expect(similarEntities("Karavan", known)).toEqual([]);
    expect(similarEntities("KAMAL", known)).toEqual([]);
  });
});
