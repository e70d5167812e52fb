import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DetailsPanel } from "../../src/components/DetailsPanel";
import { EntityList } from "../../src/components/EntityList";
import { KeyboardShortcuts } from "../../src/components/KeyboardShortcuts";
import { SearchBox } from "../../src/components/SearchBox";
import { createGraphHandle, GraphHandleContext } from "../../src/graph/graphHandle";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

function renderSearch() {
  const store = createAppStore();
  store.getState().loadDocument(loadSeed(), "data/graph.json");
  render(
    <StoreProvider store={store}>
      <GraphHandleContext.Provider value={createGraphHandle()}>
        <KeyboardShortcuts />
        <SearchBox />
        <EntityList />
        <DetailsPanel />
      </GraphHandleContext.Provider>
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

const searchBox = () => screen.getByRole("combobox", { name: "Search" });
const results = () => screen.getByRole("listbox", { name: "Search results" });
const entityList = () => screen.getByRole("listbox", { name: "Visible entities" });

describe("the search box, from the keyboard", () => {
  it("'/' focuses it; typing 'tokay' and Enter selects Tokayev and asks the graph to centre him", async () => {
    const { store, user } = renderSearch();
    await user.keyboard("/");
    expect(searchBox()).toHaveFocus();

    await user.keyboard("tokay");
    expect(searchBox()).toHaveAttribute("aria-expanded", "true");
    expect(
      within(results())
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([expect.stringContaining("Kassym-Jomart Tokayev")]);
    // The entity list follows the search too.
    expect(within(entityList()).getAllByRole("option")).toHaveLength(1);

    const centreBefore = store.getState().centreRequest;
    await user.keyboard("{Enter}");
    expect(store.getState().selection).toEqual({ kind: "entity", id: "tokayev" });
    expect(store.getState().centreRequest).toBe(centreBefore + 1);
    expect(searchBox()).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("heading", { name: "Kassym-Jomart Tokayev" })).toBeInTheDocument();
  });

  it("arrow keys move through the ranked results and Enter takes the one marked", async () => {
    const { store, user } = renderSearch();
    await user.click(searchBox());
    await user.keyboard("tatarstanda");
    const options = within(results()).getAllByRole("option");
    expect(options[0]).toHaveTextContent("Tatarstan");
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowDown}");
    expect(searchBox()).toHaveAttribute("aria-activedescendant", options[1].id);
    await user.keyboard("{Enter}");
    const second = store.getState().selection;
    expect(second?.kind).toBe("entity");
    expect(second?.id).not.toBe("tatarstan");
  });

  it("finds Minnikhanov from 'minnikhanovun', a genitive that lost its apostrophe", async () => {
    const { store, user } = renderSearch();
    await user.type(searchBox(), "minnikhanovun{Enter}");
    expect(store.getState().selection).toEqual({ kind: "entity", id: "minnikhanov" });
  });

  it("Escape closes the results, then clears the query; Escape elsewhere clears the selection", async () => {
    const { store, user } = renderSearch();
    await user.type(searchBox(), "kamaz{Enter}");
    expect(store.getState().selection?.id).toBe("kamaz");
    await user.keyboard("{ArrowDown}");
    expect(searchBox()).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(searchBox()).toHaveAttribute("aria-expanded", "false");
    expect(store.getState().searchQuery).toBe("kamaz");
    await user.keyboard("{Escape}");
    expect(store.getState().searchQuery).toBe("");
    // The search's own Escapes never cleared the selection...
    expect(store.getState().selection?.id).toBe("kamaz");
    // ...Escape from anywhere else does.
    searchBox().blur();
    await user.keyboard("{Escape}");
    expect(store.getState().selection).toBeNull();
  });

  it("says when matches are hidden by the filters and offers to reset them", async () => {
    const { store, user } = renderSearch();
    store.getState().setTypeVisible("company", false);
    await user.type(searchBox(), "kamaz");
    expect(within(results()).queryAllByRole("option")).toHaveLength(0);
    expect(results()).toHaveTextContent("1 more match is hidden by the filters");
    await user.click(within(results()).getByRole("button", { name: "Reset filters" }));
    expect(store.getState().visibleTypes.has("company")).toBe(true);
    expect(within(results()).getAllByRole("option")[0]).toHaveTextContent("KAMAZ");
  });
});
