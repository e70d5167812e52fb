import { openSeedGraph } from "../io/initialLoad";
import { excerpt, problemToString } from "../model";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState } from "../store";

const selectNotices = (s: AppState) => s.notices;
const selectLoadProblems = (s: AppState) => s.loadProblems;
const selectHasDocument = (s: AppState) => s.document !== null;
/** The workspace changed last; ISO timestamps sort as text. */
const selectLastWorkspace = (s: AppState) =>
  s.workspaceList.reduce<(typeof s.workspaceList)[number] | null>(
    (last, w) => (!last || w.updatedAt > last.updatedAt ? w : last),
    null,
  );

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

export interface LoadProblemsProps {
  /**
   * Reopens a saved workspace by id. When given (the workspace list is wired up), an empty app
   * offers the most recently changed workspace next to the shipped graph.
   */
  openWorkspace?: (id: string) => void;
}

/**
 * What was wrong with a file or an address the user tried to open. The graph they had stays on
 * screen; when there is none (a `?data=` link that failed), a way to something that works.
 */
export function LoadProblems({ openWorkspace }: LoadProblemsProps) {
  const problems = useAppStore(selectLoadProblems);
  const hasDocument = useAppStore(selectHasDocument);
  const lastWorkspace = useAppStore(selectLastWorkspace);
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
          {openWorkspace && lastWorkspace && (
            <button type="button" onClick={() => openWorkspace(lastWorkspace.id)}>
              Open workspace “{lastWorkspace.name}”
            </button>
          )}
        </div>
      )}
    </div>
  );
}
