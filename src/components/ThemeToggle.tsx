import { selectResolvedTheme, useAppStore, useAppStoreApi } from "../store";
import type { AppState } from "../store";

const selectTheme = (s: AppState) => s.theme;
const selectSystemTheme = (s: AppState) => s.systemTheme;

/**
 * Light or dark. The app follows the system until the person chooses; choosing the system's own
 * scheme again goes back to following it, so one button is enough.
 */
export function ThemeToggle() {
  const preference = useAppStore(selectTheme);
  const system = useAppStore(selectSystemTheme);
  const theme = useAppStore(selectResolvedTheme);
  const store = useAppStoreApi();
  const next = theme === "dark" ? "light" : "dark";
  const following = preference === "system" ? ` (following the system's ${system} theme)` : "";
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-pressed={theme === "dark"}
      aria-label="Dark theme"
      title={`Switch to the ${next} theme${following}`}
      onClick={() => store.getState().setTheme(next === system ? "system" : next)}
    >
      <span aria-hidden="true">{theme === "dark" ? "☀" : "☾"}</span>
    </button>
  );
}
