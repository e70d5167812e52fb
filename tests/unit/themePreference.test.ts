import { describe, expect, it } from "vitest";
import { startThemePreference, THEME_SETTING_KEY } from "../../src/io/preferences";
import { createAppStore, selectResolvedTheme } from "../../src/store";

/** A Storage that keeps its items in a Map, as a browser's would between visits. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe("the theme between visits", () => {
  it("follows the system until the person chooses", () => {
    const store = createAppStore();
    const root = document.createElement("html");
    const stop = startThemePreference(store, root, memoryStorage());
    expect(store.getState().theme).toBe("system");
    act(store, "dark-system");
    expect(root.dataset.theme).toBe("dark");
    stop();
  });

  it("a chosen dark theme is written down and read back on the next visit", () => {
    const storage = memoryStorage();
    const first = createAppStore();
    const stop = startThemePreference(first, document.createElement("html"), storage);
    first.getState().setTheme("dark");
    expect(storage.getItem(THEME_SETTING_KEY)).toBe("dark");
    stop();

    const next = createAppStore();
    const root = document.createElement("html");
    startThemePreference(next, root, storage);
    expect(next.getState().theme).toBe("dark");
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.colorScheme).toBe("dark");
  });

  it("a remembered value it does not know is ignored, and the system's scheme applies", () => {
    const store = createAppStore();
    const root = document.createElement("html");
    startThemePreference(store, root, memoryStorage({ [THEME_SETTING_KEY]: "purple" }));
    expect(store.getState().theme).toBe("system");
    expect(root.dataset.theme).toBe("light");
  });

  it("going back to the system's scheme forgets the choice", () => {
    const storage = memoryStorage({ [THEME_SETTING_KEY]: "light" });
    const store = createAppStore();
    startThemePreference(store, document.createElement("html"), storage);
    store.getState().setTheme("system");
    expect(storage.getItem(THEME_SETTING_KEY)).toBeNull();
  });
});

/** The operating system switching to dark while "system" is chosen. */
function act(store: ReturnType<typeof createAppStore>, what: "dark-system") {
  if (what === "dark-system") store.getState().setSystemTheme("dark");
  expect(selectResolvedTheme(store.getState())).toBe("dark");
}
