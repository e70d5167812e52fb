import { THEME_PREFERENCES, selectResolvedTheme } from "../store";
import type { AppStore, ThemePreference } from "../store";

// The person's theme between visits, and the operating system's colour scheme while "system" is
// chosen. The store holds both; this follows it and writes to the page and to localStorage.

export const THEME_SETTING_KEY = "relgraph:theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

function storedTheme(storage: Storage | null): ThemePreference | null {
  try {
    const value = storage?.getItem(THEME_SETTING_KEY) ?? null;
    return THEME_PREFERENCES.find((t) => t === value) ?? null;
  } catch {
    return null; // storage blocked: the system's scheme it is
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the remembered theme, follows the system's scheme, and keeps `<html data-theme>` (which
 * the stylesheets key on) and the remembered choice in step with the store. Returns the teardown.
 */
export function startThemePreference(
  store: AppStore,
  root: HTMLElement = document.documentElement,
  storage: Storage | null = localStorageOrNull(),
): () => void {
  const remembered = storedTheme(storage);
  if (remembered) store.getState().setTheme(remembered);
  const media = typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null;
  const onSystem = () => store.getState().setSystemTheme(media?.matches ? "dark" : "light");
  onSystem();
  media?.addEventListener("change", onSystem);
  const stopDrawing = store.subscribe(
    selectResolvedTheme,
    (theme) => {
      root.dataset.theme = theme;
      root.style.colorScheme = theme;
    },
    { fireImmediately: true },
  );
  const stopRemembering = store.subscribe(
    (s) => s.theme,
    (theme) => {
      try {
        if (theme === "system") storage?.removeItem(THEME_SETTING_KEY);
        else storage?.setItem(THEME_SETTING_KEY, theme);
      } catch {
        // Not remembered (storage full or blocked); the theme still applies to this visit.
      }
    },
  );
  return () => {
    media?.removeEventListener("change", onSystem);
    stopDrawing();
    stopRemembering();
  };
}
