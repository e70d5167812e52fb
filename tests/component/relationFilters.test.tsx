import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Header } from "../../src/components/Header";
import { RelationFilters } from "../../src/components/RelationFilters";
import { createGraphHandle, GraphHandleContext } from "../../src/graph/graphHandle";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

function renderFilters() {
  const store = createAppStore();
  store.getState().loadDocument(loadSeed(), "data/graph.json");
  render(
    <StoreProvider store={store}>
      <GraphHandleContext.Provider value={createGraphHandle()}>
        <Header />
        <RelationFilters />
      </GraphHandleContext.Provider>
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

const counts = () => screen.getByTestId("counts");

describe("the relation filters", () => {
  it("unticking 'involves' hides its six relations; the header and its row say so; reset brings them back", async () => {
    const { user } = renderFilters();
    expect(counts()).toHaveTextContent("28 / 28 relations");
    const reset = screen.getByRole("button", { name: "Reset filters" });
    expect(reset).toBeDisabled();

    await user.click(screen.getByText("Relation types"));
    await user.click(screen.getByRole("checkbox", { name: /involves/ }));
    expect(counts()).toHaveTextContent("22 / 28 relations");
    expect(screen.getByLabelText("0 of 6 shown")).toBeInTheDocument();

    await user.click(reset);
    expect(counts()).toHaveTextContent("28 / 28 relations");
    expect(screen.getByRole("checkbox", { name: /involves/ })).toBeChecked();
    expect(reset).toBeDisabled();
  });

  it("ticking 'mentioned with' is the weak-link switch: the total grows with it", async () => {
    const { store, user } = renderFilters();
    await user.click(screen.getByText("Relation types"));
    await user.click(screen.getByRole("checkbox", { name: /mentioned with/ }));
    expect(store.getState().showWeakRelations).toBe(true);
    expect(counts()).toHaveTextContent("57 / 57 relations");
  });

  it("'at least 2 sentences' and hiding loners shrink both counts", async () => {
    const { user } = renderFilters();
    await user.click(screen.getByText("Sources and support"));
    await user.click(screen.getByRole("radio", { name: "2" }));
    expect(counts()).toHaveTextContent("5 / 28 relations");
    expect(counts()).toHaveTextContent("21 / 21 entities");
    await user.click(
      screen.getByRole("checkbox", { name: "Hide entities without shown relations" }),
    );
    expect(counts()).not.toHaveTextContent("21 / 21 entities");
  });
});
