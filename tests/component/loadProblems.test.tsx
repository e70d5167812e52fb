import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LoadProblems } from "../../src/components/Notices";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

// A link whose ?data= failed leaves an empty app: the message says what happened and offers a
// way to something that works.

function renderEmptyAppAfterA404() {
  const store = createAppStore();
  store.getState().rejectDocument("http://127.0.0.1:4173/missing.json", [
    {
      path: "http://127.0.0.1:4173/missing.json",
      message: "HTTP 404 Not Found: there is no file at this address",
    },
  ]);
  render(
    <StoreProvider store={store}>
      <LoadProblems />
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

describe("an address that could not be opened", () => {
  it("says what happened and offers the shipped graph when nothing is shown", () => {
    renderEmptyAppAfterA404();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("there is no file at this address");
    expect(alert).toHaveTextContent("Nothing is shown yet");
    expect(within(alert).getByRole("button", { name: "Open the shipped graph" })).toBeVisible();
  });

  it("offers the person's own workspaces: the app's address without the link", () => {
    window.history.replaceState(null, "", "/app/?data=https%3A%2F%2Fexample.org%2Fg.json&x=1");
    try {
      renderEmptyAppAfterA404();
      const link = screen.getByRole("link", { name: "Open my workspaces" });
      expect(link).toHaveAttribute("href", "/app/?x=1");
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });

  it("offers no workspaces link when the page was not opened from a link", () => {
    renderEmptyAppAfterA404();
    expect(screen.queryByRole("link", { name: "Open my workspaces" })).toBeNull();
  });

  it("offers no way out when the graph the person had is still on screen", async () => {
    const { store } = renderEmptyAppAfterA404();
    store.getState().loadDocument(loadSeed(), "data/graph.json");
    store.getState().rejectDocument("broken.json", [{ path: "entities[0].type", message: "bad" }]);
    expect(await screen.findByText(/Nothing was changed/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Open the shipped graph" })).toBeNull();
  });
});

describe("a file with a very long name", () => {
  it("is named by the start of its name, not all of it", () => {
    const store = createAppStore();
    store
      .getState()
      .rejectDocument(`${"rapor-".repeat(40)}.json`, [{ path: "(file)", message: "is empty" }]);
    render(
      <StoreProvider store={store}>
        <LoadProblems />
      </StoreProvider>,
    );
    const heading = within(screen.getByRole("alert")).getByText(/could not be opened/, {
      selector: "strong",
    });
    expect(heading.textContent).toMatch(/^(rapor-){9}rapor… could not be opened/);
    expect(heading.textContent!.length).toBeLessThan(110);
  });
});
