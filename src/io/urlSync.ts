import { applyView, decodeView, encodeView, viewFromState } from "../store";
import type { AppState, AppStore } from "../store";

// Keeps the address bar and the view in step. The first document of the session opens the view
// in the hash; from then on every change is written back: a new selection or path as a new
// history entry (so Back and Forward step through selections), anything else in place.

function notifyProblems(store: AppStore, problems: string[]) {
  if (!problems.length) return;
  store
    .getState()
    .notify(
      "warning",
      `Part of this link could not be used, so defaults are shown there: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}.`,
    );
}

/** What makes a history entry of its own: the selection and the path. */
const stepKey = (s: AppState) => {
  const sel = s.selection ? `${s.selection.kind}:${s.selection.id}` : "";
  const pathOn = s.path && s.selection?.kind === "entity" && s.selection.id === s.path.from;
  return pathOn ? `${sel}>${s.path!.to}` : sel;
};

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let ready = false;
  let applying = false;
  let lastHash = win.location.hash.replace(/^#/, "");
  let lastStep = stepKey(store.getState());

  const apply = (hash: string, initial: boolean) => {
    const { view, problems } = decodeView(hash);
    applying = true;
    try {
      problems.push(...applyView(store, view, initial));
    } finally {
      applying = false;
    }
    lastStep = stepKey(store.getState());
    lastHash = encodeView(viewFromState(store.getState()));
    notifyProblems(store, problems);
  };

  const write = (state: AppState) => {
    if (!ready || applying) return;
    const hash = encodeView(viewFromState(state));
    if (hash === lastHash) return;
    const step = stepKey(state);
    const url = `${win.location.pathname}${win.location.search}${hash ? `#${hash}` : ""}`;
    if (step !== lastStep) win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
    lastHash = hash;
    lastStep = step;
  };

  const unsubs = [
    store.subscribe(
      (s) => s.document,
      (doc) => {
        if (!doc || ready) return;
        // The first document opens the link's view; later documents keep the user's settings.
        ready = true;
        apply(win.location.hash, true);
      },
    ),
    store.subscribe((s) => s, write),
  ];
  if (store.getState().document && !ready) {
    ready = true;
    apply(win.location.hash, true);
  }

  const onPop = () => {
    if (!ready) return;
    apply(win.location.hash, false);
  };
  win.addEventListener("popstate", onPop);
  return () => {
    unsubs.forEach((u) => u());
    win.removeEventListener("popstate", onPop);
  };
}
