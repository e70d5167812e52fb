import { describe, expect, it } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import { DetailsPanel } from "../../src/components/DetailsPanel";
import { readDocumentText } from "../../src/io/readDocument";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

const TEXT =
  "Prof. Dr. Ayşe Kaya Ankarada konuştu. T.C. Dışişleri Bakanlığı Kaya ile görüştüğünü açıkladı.";

/** A version-1 file with abbreviations that a naive splitter cuts, opened the way the app opens it. */
function abbreviationsDocument(url: string) {
  const at = (s: string) => TEXT.indexOf(s);
  const mention = (s: string, from = s) => ({
    source: "s1",
    start: at(from),
    end: at(from) + s.length,
    text: s,
  });
  const r = readDocumentText(
    JSON.stringify({
      format: "relgraph",
      version: 1,
      title: "Abbreviations",
      sources: [{ id: "s1", title: "Bir haber", language: "tr", text: TEXT, url }],
      entities: [
        {
          id: "kaya",
          type: "person",
          label: "Ayşe Kaya",
          mentions: [mention("Ayşe Kaya"), mention("Kaya", "Kaya ile")],
        },
        {
          id: "mfa",
          type: "organisation",
          label: "Ministry of Foreign Affairs",
          mentions: [mention("Dışişleri Bakanlığı")],
        },
      ],
      relations: [
        {
          id: "r1",
          type: "met_with",
          source: "mfa",
          target: "kaya",
          evidence: [{ source: "s1", start: at("T.C."), end: TEXT.length }],
          attributes: { articles: 1 },
        },
      ],
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.document;
}

function renderDetails(url = "https://example.com/haber/1") {
  const store = createAppStore();
  store.getState().loadDocument(abbreviationsDocument(url), "test.json");
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
    </StoreProvider>,
  );
  return { store };
}

const panel = () => screen.getByRole("complementary", { name: "Details" });

describe("the details panel quotes whole sentences", () => {
  it("keeps 'Prof. Dr.' and 'T.C.' inside the sentences that mention Ayşe Kaya", () => {
    const { store } = renderDetails();
    act(() => store.getState().selectEntity("kaya"));
    const quotes = [...panel().querySelectorAll("blockquote")];
    expect(quotes.map((q) => q.textContent)).toEqual([
      "Prof. Dr. Ayşe Kaya Ankarada konuştu.",
      "T.C. Dışişleri Bakanlığı Kaya ile görüştüğünü açıkladı.",
    ]);
  });
});

describe("a relation's support and its source", () => {
  it("words the article count instead of listing a raw 'articles 1'", async () => {
    const { store } = renderDetails();
    act(() => store.getState().selectRelation("r1"));
    expect(await within(panel()).findByText("Stated in 1 sentence of 1 article.")).toBeVisible();
    expect(within(panel()).queryByText("articles")).toBeNull();
  });

  it("links the source's web address, opening in a new tab without access to this page", () => {
    const { store } = renderDetails();
    act(() => store.getState().selectRelation("r1"));
    const link = within(panel()).getByRole("link", { name: "example.com" });
    expect(link).toHaveAttribute("href", "https://example.com/haber/1");
    expect(link).toHaveAttribute("rel", expect.stringContaining("noopener"));
    expect(link).toHaveAttribute("target", "_blank");
  });

  it("shows a javascript: address as plain text, never as a link", () => {
    const { store } = renderDetails("javascript:alert(1)");
    act(() => store.getState().selectRelation("r1"));
    expect(within(panel()).queryByRole("link")).toBeNull();
    expect(within(panel()).getByText("javascript:alert(1)")).toBeVisible();
  });

  it("the seed's relation panel words its support too", () => {
    const store = createAppStore();
    store.getState().loadDocument(loadSeed(), "data/graph.json");
    render(
      <StoreProvider store={store}>
        <DetailsPanel />
      </StoreProvider>,
    );
    act(() => store.getState().selectRelation("r-tokayev-met_with-minnikhanov"));
    expect(within(panel()).getByText(/^Stated in \d+ sentences? of 1 article\.$/)).toBeVisible();
  });
});
