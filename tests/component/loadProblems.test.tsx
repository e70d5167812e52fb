import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LoadProblems } from "../../src/components/Notices";
import { createAppStore, StoreProvider } from "../../src/store";
import { loadSeed } from "../helpers/seed";

// A link whose ?data= failed leaves an empty app: the message says what happened and offers a
// way to something that works.

function renderEmptyAppAfterA404(openWorkspace?: (id: string) => void) {
  const store = createAppStore();
  store.getState().rejectDocument("http://127.0.0.1:4173/missing.json", [
    {
      path: "http://127.0.0.1:4173/missing.json",
      message: "HTTP 404 Not Found: there is no file at this address",
    },
  ]);
  render(
    <StoreProvider store={store}>
      <LoadProblems openWorkspace={openWorkspace} />
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

  it("offers the workspace changed last, and opens it by id", async () => {
    const openWorkspace = vi.fn();
    const { store, user } = renderEmptyAppAfterA404(openWorkspace);
    store.getState().setWorkspaceList([
      { id: "ws-old", name: "Caspian pipelines", updatedAt: "2026-11-02T10:00:00Z", articles: 4 },
      { id: "ws-new", name: "Turkic summit", updatedAt: "2026-12-01T09:30:00Z", articles: 12 },
    ]);
    await user.click(await screen.findByRole("button", { name: "Open workspace “Turkic summit”" }));
    expect(openWorkspace).toHaveBeenCalledWith("ws-new");
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
