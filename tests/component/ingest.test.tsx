import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AddArticles } from "../../src/components/AddArticles";
import { SuggestionsPanel } from "../../src/components/SuggestionsPanel";
import { UndoButton } from "../../src/components/WorkspaceBar";
import { createGraphHandle, GraphHandleContext } from "../../src/graph/graphHandle";
import { openPersistence } from "../../src/io/persistence";
import { startWorkspaceRunner, WorkspaceHandleContext } from "../../src/io/workspaceRunner";
import type { WorkspaceHandle } from "../../src/io/workspaceRunner";
import { createAppStore, StoreProvider } from "../../src/store";
import { MAX_ARTICLE_BYTES } from "../../src/workspace";
import { loadSeed } from "../helpers/seed";
import { inlineExtractor, KARAVAN_TEXT } from "../helpers/workspace";

// A person adding articles and deciding on the names the extractor did not know, with the
// worker's work done in process and the workspace kept in fake-indexeddb.

let handle: WorkspaceHandle | null = null;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  handle?.dispose();
  handle = null;
});

async function renderWorkspace() {
  const store = createAppStore();
  handle = startWorkspaceRunner(store, {
    extractor: inlineExtractor(),
    persistence: await openPersistence(),
    seedDocument: async () => loadSeed(),
    saveDelayMs: 5,
  });
  await vi.waitFor(() => expect(store.getState().extractedKey).not.toBeNull());
  render(
    <StoreProvider store={store}>
      <WorkspaceHandleContext.Provider value={handle}>
        <GraphHandleContext.Provider value={createGraphHandle()}>
          <AddArticles />
          <UndoButton />
          <SuggestionsPanel />
        </GraphHandleContext.Provider>
      </WorkspaceHandleContext.Provider>
    </StoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

/** The suggestion named `name`; throws until it is listed, so `vi.waitFor` waits for it. */
const suggestion = (name: string) => {
  const item = screen
    .getAllByRole("listitem")
    .find(
      (li) =>
        li.getAttribute("aria-labelledby") && within(li).queryByText(name, { selector: "strong" }),
    );
  if (!item) throw new Error(`no suggestion named ${name} yet`);
  return item;
};

/** Waits for the suggestion named `name`: extraction runs in this process, slowly under load. */
const waitForSuggestion = (name: string) => vi.waitFor(() => suggestion(name), { timeout: 15_000 });

async function pasteKaravan(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Add articles" }));
  await user.click(screen.getByRole("textbox", { name: "Article text" }));
  await user.paste(KARAVAN_TEXT);
  await user.type(screen.getByRole("textbox", { name: "Title" }), "Karavan opens a plant");
  await user.click(screen.getByRole("button", { name: "Extract" }));
}

describe("adding articles", () => {
  it("an empty paste is refused with a message, and nothing is added", async () => {
    const { store, user } = await renderWorkspace();
    const before = store.getState().workspace!.ops;
    await user.click(screen.getByRole("button", { name: "Add articles" }));
    await user.click(screen.getByRole("button", { name: "Extract" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The pasted text is empty: paste or pick an article's text.",
    );
    expect(store.getState().workspace!.ops).toEqual(before);
  });

  it("a binary file, a file over the limit and an article already there each get their own message", async () => {
    const { user } = await renderWorkspace();
    await user.click(screen.getByRole("button", { name: "Add articles" }));
    const big = new File(["x"], "huge.txt");
    Object.defineProperty(big, "size", { value: MAX_ARTICLE_BYTES + 1 });
    const seedText = loadSeed().sources[0].text;
    await user.upload(screen.getByLabelText("Article files"), [
      new File([new Uint8Array([0x89, 0x50, 0, 0, 1])], "photo.txt"),
      big,
      new File([seedText], "again.txt"),
    ]);
    await user.click(screen.getByRole("button", { name: "Extract" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("photo.txt looks like a binary file, not text.");
    expect(alert).toHaveTextContent("huge.txt is 2.0 MB; articles may be up to 2 MB.");
    expect(alert).toHaveTextContent("again.txt is already in this workspace");
  });

  it("a pasted article is extracted; its unknown names wait in Suggestions", async () => {
    const { store, user } = await renderWorkspace();
    await pasteKaravan(user);
    await vi.waitFor(() => expect(store.getState().document!.sources).toHaveLength(2));
    expect(await screen.findByText("Karavan Holding", { selector: "strong" })).toBeInTheDocument();
    // The dialog closed itself once the graph had the article.
    await vi.waitFor(() =>
      expect(screen.queryByRole("textbox", { name: "Article text" })).not.toBeInTheDocument(),
    );
    // And says what came of it, once it is done (not while it runs).
    const said = store.getState().notices.map((n) => n.text);
    expect(said).toEqual([
      expect.stringMatching(/^Added 1 article\. \d+ names to review under Suggestions\.$/),
    ]);
  });
});

describe("deciding on suggestions", () => {
  it("accepting with an edited type adds the entity; undo takes it back", async () => {
    const { store, user } = await renderWorkspace();
    await pasteKaravan(user);
    const item = await waitForSuggestion("Karavan Holding");
    await user.click(within(item).getByRole("button", { name: "Accept" }));
    await user.selectOptions(within(item).getByRole("combobox", { name: "Type" }), "company");
    await user.click(within(item).getByRole("button", { name: "Accept" }));
    await vi.waitFor(() =>
      expect(store.getState().index!.entityById.get("karavan-holding")?.type).toBe("company"),
    );
    // The list follows the graph a moment later (it renders deferred).
    await vi.waitFor(() =>
      expect(screen.queryByText("Karavan Holding", { selector: "strong" })).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole("button", { name: /^Undo accept Karavan Holding/ }));
    await vi.waitFor(() =>
      expect(store.getState().index!.entityById.has("karavan-holding")).toBe(false),
    );
    expect(await screen.findByText("Karavan Holding", { selector: "strong" })).toBeInTheDocument();
  });

  it("a rejected name is not suggested again", async () => {
    const { store, user } = await renderWorkspace();
    await pasteKaravan(user);
    const item = await waitForSuggestion("Karavan Holding");
    await user.click(within(item).getByRole("button", { name: "Reject" }));
    await vi.waitFor(() =>
      expect(store.getState().suggestions.map((s) => s.base)).not.toContain("Karavan Holding"),
    );
    expect(store.getState().index!.entityById.has("karavan-holding")).toBe(false);
  });

  it("merging a name into a known entity makes it another spelling of it", async () => {
    const { store, user } = await renderWorkspace();
    await pasteKaravan(user);
    const item = await waitForSuggestion("Karavan Holding");
    await user.click(within(item).getByRole("button", { name: "Merge into…" }));
    await user.selectOptions(within(item).getByRole("combobox", { name: "Merge into" }), "kamaz");
    await user.click(within(item).getByRole("button", { name: "Merge" }));
    await vi.waitFor(() => {
      const kamaz = store.getState().index!.entityById.get("kamaz")!;
      expect(kamaz.mentions.map((m) => m.text)).toContain("Karavan Holding");
    });
  });

  it("offers the merge first when a name is a known one written another way", async () => {
    const { store, user } = await renderWorkspace();
    store.getState().setSaveStatus({ state: "idle" });
    // A suggestion as the extractor gives one for "Minnihanovla".
    const source = store.getState().document!.sources[0];
    store.setState({
      suggestions: [
        {
          id: "minnihanov",
          base: "Minnihanov",
          type: "person",
          confidence: 0.4,
          reason: "default",
          occurrences: [{ source: source.id, start: 0, end: 5, text: source.text.slice(0, 5) }],
        },
      ],
    });
    const item = await waitForSuggestion("Minnihanov");
    expect(within(item).getByText(/Looks like/)).toHaveTextContent(
      "Looks like Rustam Minnikhanov written another way.",
    );
    await user.click(within(item).getByRole("button", { name: "Merge into Rustam Minnikhanov" }));
    const last = store.getState().workspace!.ops.at(-1)!;
    expect(last).toMatchObject({
      kind: "mergeSuggestion",
      suggestion: "minnihanov",
      entry: { id: "minnikhanov", aliases: ["Minnihanov"] },
    });
  });

  it("an envoy's office waits on his name and is in the graph once he is accepted, his surname with him", async () => {
    const { store, user } = await renderWorkspace();
    await user.click(screen.getByRole("button", { name: "Add articles" }));
    await user.click(screen.getByRole("textbox", { name: "Article text" }));
    await user.paste(
      "Moğolistan Büyükelçisi Batbold Ganbaatar, dün gazetecilerle buluştu. Toplantıda Ganbaatar'a teşekkür edildi.",
    );
    await user.click(screen.getByRole("button", { name: "Extract" }));
    const item = await waitForSuggestion("Batbold Ganbaatar");
    expect(within(item).getByText(/^Also written:/)).toHaveTextContent("Also written: Ganbaatar");
    expect(within(item).getByText(/official of Mongolia/)).toBeInTheDocument();
    await user.click(within(item).getByRole("button", { name: "Accept" }));
    expect(
      within(item).getByRole("textbox", { name: "Other spellings (comma-separated)" }),
    ).toHaveValue("Ganbaatar");
    await user.click(within(item).getByRole("button", { name: "Accept" }));
    await vi.waitFor(() => {
      const index = store.getState().index!;
      // The office named before him is a mention of him too.
      expect(index.entityById.get("batbold-ganbaatar")?.mentions.map((m) => m.text)).toEqual(
        expect.arrayContaining(["Batbold Ganbaatar", "Ganbaatar'a"]),
      );
      expect(index.relationById.has("r-batbold-ganbaatar-official_of-mongolia")).toBe(true);
    });
  });
});
