import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DetailsPanel } from "../../src/components/DetailsPanel";
import { EntityList } from "../../src/components/EntityList";
import { Header } from "../../src/components/Header";
import { LoadProblems } from "../../src/components/Notices";
import { TypeFilter } from "../../src/components/TypeFilter";
import { createGraphHandle, GraphHandleContext } from "../../src/graph/graphHandle";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

// The panels around the graph, rendered together on the seed article (no canvas in jsdom).
function renderExplorer() {
  const store = createAppStore();
  const doc = loadSeed();
  store.getState().loadDocument(doc, "data/graph.json");
  render(
    <StoreProvider store={store}>
      <GraphHandleContext.Provider value={createGraphHandle()}>
        <Header />
        <TypeFilter />
        <EntityList />
        <DetailsPanel />
        <LoadProblems />
      </GraphHandleContext.Provider>
    </StoreProvider>,
  );
  return { store, doc, user: userEvent.setup() };
}

const list = () => screen.getByRole("listbox", { name: "Visible entities" });

describe("filtering by type", () => {
  it("unchecking Companies updates the header counts and removes KAMAZ and Tatneft from the list", async () => {
    const { doc, user } = renderExplorer();
    const n = doc.entities.length;
    expect(screen.getByTestId("counts")).toHaveTextContent(`${n} / ${n} entities`);
    expect(within(list()).getByText("KAMAZ")).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: /Companies/ }));

    expect(screen.getByTestId("counts")).toHaveTextContent(`${n - 2} / ${n} entities`);
    expect(within(list()).queryByText("KAMAZ")).not.toBeInTheDocument();
    expect(within(list()).queryByText("Tatneft")).not.toBeInTheDocument();
    expect(within(list()).getByText("Kassym-Jomart Tokayev")).toBeInTheDocument();
  });

  it("'only' keeps one type and 'Show all' brings the rest back", async () => {
    const { doc, user } = renderExplorer();
    await user.click(screen.getByRole("button", { name: "Show only Leaders" }));
    expect(within(list()).getAllByRole("option")).toHaveLength(4);
    expect(screen.getByRole("checkbox", { name: /Companies/ })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(within(list()).getAllByRole("option")).toHaveLength(doc.entities.length);
  });

  it("the legend shows how many entities of each type there are", () => {
    renderExplorer();
    expect(screen.getByLabelText("2 Companies")).toHaveTextContent("2");
    expect(screen.getByLabelText("4 Leaders")).toHaveTextContent("4");
  });
});

describe("the entity list", () => {
  it("finds Kazakhstan by its Turkish name, typed without Turkish letters", async () => {
    const { user } = renderExplorer();
    await user.type(screen.getByRole("combobox", { name: "Search" }), "kazakıstan");
    expect(within(list()).getByText("Kazakhstan")).toBeInTheDocument();
    expect(within(list()).queryByText("KAMAZ")).not.toBeInTheDocument();
  });

  it("is keyboard navigable: arrow keys move the selection and the details follow", async () => {
    const { user, store } = renderExplorer();
    list().focus();
    await user.keyboard("{Home}");
    const first = store.getState().selection;
    expect(first?.kind).toBe("entity");
    await user.keyboard("{ArrowDown}");
    const second = store.getState().selection;
    expect(second).not.toEqual(first);
    const selectedOption = within(list()).getByRole("option", { selected: true });
    expect(list()).toHaveAttribute("aria-activedescendant", selectedOption.id);
    const details = screen.getByRole("complementary", { name: "Details" });
    // The option reads "<name> <degree>"; the details are headed with the name.
    const heading = within(details).getByRole("heading", { level: 2 }).textContent!;
    expect(selectedOption.textContent!.startsWith(heading)).toBe(true);
    await user.keyboard("{Escape}");
    expect(store.getState().selection).toBeNull();
  });
});

describe("the details panel", () => {
  it("shows Tokayev's relations and the sentence naming him, with the mention highlighted", async () => {
    const { user } = renderExplorer();
    await user.click(within(list()).getByText("Kassym-Jomart Tokayev"));
    const details = screen.getByRole("complementary", { name: "Details" });
    expect(within(details).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Kassym-Jomart Tokayev",
    );
    expect(
      within(details).getByRole("button", { name: /met with.*Rustam Minnikhanov/ }),
    ).toBeInTheDocument();
    const marks = details.querySelectorAll("blockquote mark.mark-mention");
    const marked = [...marks].map((m) => m.textContent);
    expect(marked).toContain("Kazakistan devlet başkanı");
    expect(marked).toContain("Kasım-Jomart Tokayev");
    // The highlighted mention sits inside its whole sentence.
    const quote = marks[0].closest("blockquote")!;
    expect(quote.textContent).toMatch(/Rustam Minnikhanov ile görüştü\.$/);
  });

  it("lists his typed relations first and keeps weak 'mentioned with' links one click away", async () => {
    const { user, store } = renderExplorer();
    await user.click(within(list()).getByText("Kassym-Jomart Tokayev"));
    const details = screen.getByRole("complementary", { name: "Details" });
    expect(within(details).queryByRole("button", { name: /^mentioned with/ })).toBeNull();
    expect(details).toHaveTextContent(/Also mentioned with \d+ other entities/);
    await user.click(within(details).getByRole("button", { name: "Show weak links" }));
    expect(store.getState().showWeakRelations).toBe(true);
    expect(
      within(details).getAllByRole("button", { name: /^mentioned with/ }).length,
    ).toBeGreaterThan(0);
  });

  it("following a relation shows its endpoints and the evidence, with the trigger word marked", async () => {
    const { user } = renderExplorer();
    await user.click(within(list()).getByText("Kassym-Jomart Tokayev"));
    await user.click(screen.getByRole("button", { name: /met with.*Rustam Minnikhanov/ }));
    const details = screen.getByRole("complementary", { name: "Details" });
    expect(within(details).getByRole("heading", { level: 2 })).toHaveTextContent("met with");
    expect(within(details).getByRole("button", { name: "Rustam Minnikhanov" })).toBeInTheDocument();
    const trigger = details.querySelector("mark.mark-trigger");
    expect(trigger).toHaveTextContent("görüştü");
    // and back to the other end
    await user.click(within(details).getByRole("button", { name: "Rustam Minnikhanov" }));
    expect(within(details).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Rustam Minnikhanov",
    );
  });

  it("renders text from the file as text, never as HTML", () => {
    const store = createAppStore();
    const doc = loadSeed();
    const evil = "<img src=x onerror=alert(1)>";
    store.getState().loadDocument(
      {
        ...doc,
        entities: doc.entities.map((e) =>
          e.id === "kamaz" ? { ...e, label: evil, aliases: [evil] } : e,
        ),
      },
      "evil.json",
    );
    store.getState().selectEntity("kamaz");
    const { container } = render(
      <StoreProvider store={store}>
        <DetailsPanel />
      </StoreProvider>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(evil);
  });
});

describe("a file that fails the schema", () => {
  it("lists each problem with its path and says the graph is unchanged", async () => {
    const { store, doc } = renderExplorer();
    store
      .getState()
      .rejectDocument("broken.json", [
        { path: "entities[3].type", owner: "kamaz", message: "Invalid option: expected one of …" },
      ]);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("broken.json could not be opened (1 problem)");
    expect(alert).toHaveTextContent('entities[3].type (id "kamaz"): Invalid option');
    expect(alert).toHaveTextContent("the graph you had is still shown");
    expect(store.getState().document).toBe(doc);
  });
});
