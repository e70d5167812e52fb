import { openSeedGraph } from "../io/initialLoad";
import { excerpt, problemToString } from "../model";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState } from "../store";

const selectNotices = (s: AppState) => s.notices;
const selectLoadProblems = (s: AppState) => s.loadProblems;
const selectHasDocument = (s: AppState) => s.document !== null;

/**
 * The app's own address without the `?data=` link (and its view), where the person's workspaces
 * open; null when this page is not showing a link.
 */
function workspacesAddress(): string | null {
  if (typeof window === "undefined") return null;
  const url = new URL(window.location.href);
  if (!url.searchParams.has("data")) return null;
  url.searchParams.delete("data");
  return url.pathname + url.search;
}

/** Transient messages (export done, image clamped) in a polite live region. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const store = useAppStoreApi();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`}>
          <span>{n.text}</span>
          <button
            type="button"
            className="link-button"
            aria-label="Dismiss"
            onClick={() => store.getState().dismissNotice(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * What was wrong with a file or an address the user tried to open. The graph they had stays on
 * screen; when there is none (a `?data=` link that failed), a way to something that works.
 */
export function LoadProblems() {
  const problems = useAppStore(selectLoadProblems);
  const hasDocument = useAppStore(selectHasDocument);
  const store = useAppStoreApi();
  if (!problems) return null;
  return (
    <div className="load-problems" role="alert">
      <div className="load-problems-head">
        <strong>
          {excerpt(problems.origin)} could not be opened ({problems.problems.length}{" "}
          {problems.problems.length === 1 ? "problem" : "problems"}).
        </strong>
        <button
          type="button"
          className="link-button"
          onClick={() => store.getState().dismissLoadProblems()}
        >
          Dismiss
        </button>
      </div>
      <p className="muted small">
        {hasDocument
          ? "Nothing was changed: the graph you had is still shown. Fix these and open the file again."
          : "Nothing is shown yet. Open the graph that comes with Relgraph, or a file of your own."}
      </p>
      <ul>
        {problems.problems.map((p, i) => (
          <li key={i}>
            <code>{problemToString(p)}</code>
          </li>
        ))}
      </ul>
      {!hasDocument && (
        <div className="load-problems-actions">
          <button type="button" className="primary" onClick={() => void openSeedGraph(store)}>
            Open the shipped graph
          </button>
          {workspacesAddress() !== null && (
            <a className="button-link" href={workspacesAddress()!}>
              Open my workspaces
            </a>
          )}
        </div>
      )}
    </div>
  );
}
