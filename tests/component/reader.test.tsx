import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ArticleReader } from "../../src/components/reader/ArticleReader";
import { DetailsPanel } from "../../src/components/DetailsPanel";
import { ENTITY_TYPE_STYLE, parseDocument } from "../../src/model";
import type { GraphDocument } from "../../src/model";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

// jsdom lays nothing out, so scrolling is watched where it is asked for: on the element itself.
let scrolledTo: Element[] = [];
beforeEach(() => {
  scrolledTo = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolledTo.push(this);
  });
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

function renderReader(doc: GraphDocument = loadSeed(), withDetails = false) {
  const store = createAppStore();
  store.getState().loadDocument(doc, "test.json");
  render(
    <StoreProvider store={store}>
      {withDetails && <DetailsPanel />}
      <ArticleReader />
    </StoreProvider>,
  );
  return { store };
}

const reader = () => screen.getByRole("region", { name: "Reader" });
const marksOf = (id: string) => [
  ...reader().querySelectorAll<HTMLElement>(`mark.mention[data-entity="${id}"]`),
];

describe("the article reader shows the seed article with its mentions marked", () => {
  it("marks every mention of every entity, each in its type's colour", () => {
    const doc = loadSeed();
    renderReader(doc);
    expect(within(reader()).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Kazakhstan's President meets the President of Tatarstan",
    );
    for (const e of doc.entities) {
      const marks = marksOf(e.id);
      // A mention across a paragraph break is still one mark; nested ones are their own.
      expect(marks.map((m) => m.textContent!.replace(/\s+/g, " ").trim())).toEqual(
        e.mentions.map((m) => m.text.replace(/\s+/g, " ").trim()),
      );
      for (const m of marks) {
        expect(m.style.getPropertyValue("--type-color")).toBe(ENTITY_TYPE_STYLE[e.type].color);
      }
    }
    // "Kazakistan" inside "Kazakistan devlet başkanı": the country is marked inside the president.
    const president = marksOf("tokayev")[0];
    expect(president).toHaveTextContent("Kazakistan devlet başkanı");
    expect(president.querySelector('mark[data-entity="kazakhstan"]')).toHaveTextContent(
      "Kazakistan",
    );
  });

  it("reads the whole text, hard line ends as spaces and blank lines as paragraph breaks", () => {
    const doc = loadSeed();
    renderReader(doc);
    const text = reader().querySelector(".reader-text")!;
    const squash = (s: string) => s.replace(/\s+/g, " ").trim();
    expect(squash(text.textContent!)).toBe(squash(doc.sources[0].text));
    expect(text.querySelectorAll(".reader-break").length).toBeGreaterThan(5);
  });

  it("clicking 'Rustam Minnikhanov' in the text selects him, without scrolling away", () => {
    const { store } = renderReader();
    const mark = marksOf("minnikhanov").find((m) => m.textContent === "Rustam Minnikhanov")!;
    fireEvent.click(mark);
    expect(store.getState().selection).toEqual({ kind: "entity", id: "minnikhanov" });
    expect(scrolledTo).toEqual([]);
    // Every mention of him is now marked as the one in focus; nobody else's is.
    for (const m of marksOf("minnikhanov")) expect(m).toHaveClass("current");
    for (const m of marksOf("tokayev")) expect(m).not.toHaveClass("current");
    expect(within(reader()).getByText(/Rustam Minnikhanov: 5 mentions/)).toBeInTheDocument();
  });

  it("clicking the country inside 'Kazakistan devlet başkanı' selects Kazakhstan, not Tokayev", () => {
    const { store } = renderReader();
    const inner = marksOf("tokayev")[0].querySelector<HTMLElement>('[data-entity="kazakhstan"]')!;
    fireEvent.click(inner);
    expect(store.getState().selection).toEqual({ kind: "entity", id: "kazakhstan" });
  });

  it("Enter on a focused mention selects it, as a click does", () => {
    const { store } = renderReader();
    const kamaz = marksOf("kamaz")[0];
    expect(kamaz).toHaveAttribute("tabindex", "0");
    kamaz.focus();
    fireEvent.keyDown(kamaz, { key: "Enter" });
    expect(store.getState().selection).toEqual({ kind: "entity", id: "kamaz" });
  });

  it("selecting Tokayev elsewhere scrolls the reader to his first mention", () => {
    const { store } = renderReader();
    act(() => store.getState().selectEntity("tokayev"));
    expect(scrolledTo).toHaveLength(1);
    expect(scrolledTo[0]).toBe(marksOf("tokayev")[0]);
    expect(scrolledTo[0]).toHaveClass("current");
  });

  it("selecting 'Tokayev met with Minnikhanov' marks its sentence and 'görüştü' and scrolls there", () => {
    const { store } = renderReader();
    act(() => store.getState().selectRelation("r-tokayev-met_with-minnikhanov"));
    const evidence = reader().querySelectorAll(".evidence-sentence");
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toHaveAttribute("aria-current", "true");
    expect(evidence[0].textContent).toMatch(/Rustam Minnikhanov ile görüştü\.$/);
    expect(evidence[0].querySelector("mark.mark-trigger")).toHaveTextContent("görüştü");
    expect(scrolledTo).toEqual([evidence[0]]);
    // Both ends are in focus; a third party in the sentence is not.
    expect(evidence[0].querySelector('[data-entity="minnikhanov"]')).toHaveClass("current");
    expect(evidence[0].querySelector('[data-entity="tokayev"]')).toHaveClass("current");
    expect(evidence[0].querySelector('[data-entity="kazinform"]')).not.toHaveClass("current");
    expect(within(reader()).getByText(/1 sentence in this article says so/)).toBeInTheDocument();
    act(() => store.getState().clearSelection());
    expect(
      reader().querySelectorAll(".evidence-sentence, mark.current, mark.mark-trigger"),
    ).toHaveLength(0);
  });

  it("a mention of an entity the filters hide is not a way to select it", () => {
    const { store } = renderReader();
    act(() => store.getState().setTypeVisible("company", false));
    const kamaz = marksOf("kamaz")[0];
    expect(kamaz).toHaveClass("filtered");
    expect(kamaz).not.toHaveAttribute("role");
    fireEvent.click(kamaz);
    expect(store.getState().selection).toBeNull();
  });

  it("'Read in article' on an evidence line opens the reader at that sentence", () => {
    const { store } = renderReader(loadSeed(), true);
    act(() => store.getState().selectRelation("r-tokayev-met_with-minnikhanov"));
    scrolledTo = [];
    const details = screen.getByRole("complementary", { name: "Details" });
    fireEvent.click(within(details).getAllByRole("button", { name: "Read in article" })[0]);
    expect(store.getState().rightPanel).toBe("reader");
    expect(scrolledTo).toHaveLength(1);
    expect(scrolledTo[0]).toHaveClass("sentence");
    expect(scrolledTo[0].textContent).toMatch(/ile görüştü\.$/);
  });
});

const TEXT_A = "Ayşe Kaya Ankarada Ali Demir ile görüştü. <img src=x onerror=alert(1)> Kaya döndü.";
const TEXT_B = "Ali Demir İzmirde konuştu.";

/** Two articles: Kaya is only in the first, Demir in both. */
function twoArticles(): GraphDocument {
  const span = (text: string, s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length };
  };
  const r = parseDocument({
    format: "relgraph",
    version: 2,
    title: "Two articles",
    sources: [
      {
        id: "a",
        title: "Birinci haber",
        language: "tr",
        text: TEXT_A,
        sentences: [
          span(TEXT_A, "Ayşe Kaya Ankarada Ali Demir ile görüştü."),
          span(TEXT_A, "Kaya döndü."),
        ],
      },
      {
        id: "b",
        title: "İkinci haber",
        language: "tr",
        text: TEXT_B,
        sentences: [{ start: 0, end: TEXT_B.length }],
      },
    ],
    entities: [
      {
        id: "kaya",
        type: "person",
        label: "Ayşe Kaya",
        mentions: [
          { source: "a", ...span(TEXT_A, "Ayşe Kaya"), text: "Ayşe Kaya" },
          { source: "a", ...span(TEXT_A, "Kaya", 30), text: "Kaya" },
        ],
      },
      {
        id: "demir",
        type: "person",
        label: "Ali Demir",
        mentions: [
          { source: "a", ...span(TEXT_A, "Ali Demir"), text: "Ali Demir" },
          { source: "b", ...span(TEXT_B, "Ali Demir"), text: "Ali Demir" },
        ],
      },
    ],
    relations: [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.document;
}

describe("the reader with several articles", () => {
  it("picks an article from the list, and keeps it while the selection is in it", () => {
    const { store } = renderReader(twoArticles());
    const picker = within(reader()).getByRole("combobox", { name: "Article" });
    fireEvent.change(picker, { target: { value: "b" } });
    expect(within(reader()).getByRole("heading", { level: 2 })).toHaveTextContent("İkinci haber");
    act(() => store.getState().selectEntity("demir"));
    expect(within(reader()).getByRole("heading", { level: 2 })).toHaveTextContent("İkinci haber");
    expect(marksOf("demir")[0]).toHaveClass("current");
  });

  it("turns to the first article that mentions a selection the open one does not", () => {
    const { store } = renderReader(twoArticles());
    fireEvent.change(within(reader()).getByRole("combobox", { name: "Article" }), {
      target: { value: "b" },
    });
    act(() => store.getState().selectEntity("kaya"));
    expect(within(reader()).getByRole("heading", { level: 2 })).toHaveTextContent("Birinci haber");
    expect(marksOf("kaya").every((m) => m.classList.contains("current"))).toBe(true);
    expect(scrolledTo[0]).toBe(marksOf("kaya")[0]);
    // Picking the other article by hand afterwards is respected, selection or not.
    fireEvent.change(within(reader()).getByRole("combobox", { name: "Article" }), {
      target: { value: "b" },
    });
    expect(within(reader()).getByRole("heading", { level: 2 })).toHaveTextContent("İkinci haber");
    expect(within(reader()).getByText("Ayşe Kaya is not mentioned in this article.")).toBeVisible();
  });

  it("shows markup in an article as the text it is, never as HTML", () => {
    renderReader(twoArticles());
    expect(reader().querySelector("img")).toBeNull();
    expect(reader().textContent).toContain("<img src=x onerror=alert(1)>");
  });
});
