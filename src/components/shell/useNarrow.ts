import { useSyncExternalStore } from "react";

/** Below this width the panels leave their columns for a bottom sheet with tabs. Kept in step
 * with the `@media (max-width: 720px)` rules in styles.css. */
export const NARROW_QUERY = "(max-width: 720px)";

function subscribe(onChange: () => void) {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const isNarrow = () =>
  typeof window !== "undefined" && !!window.matchMedia && window.matchMedia(NARROW_QUERY).matches;

/** Whether the window is phone-sized now; re-renders when that changes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
