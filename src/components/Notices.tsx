import { problemToString } from "../model";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState } from "../store";

const selectNotices = (s: AppState) => s.notices;
const selectLoadProblems = (s: AppState) => s.loadProblems;
const selectHasDocument = (s: AppState) => s.document !== null;

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

/** What was wrong with a file the user tried to open; the graph they had stays on screen. */
export function LoadProblems() {
  const problems = useAppStore(selectLoadProblems);
  const hasDocument = useAppStore(selectHasDocument);
  const store = useAppStoreApi();
  if (!problems) return null;
  return (
    <div className="load-problems" role="alert">
      <div className="load-problems-head">
        <strong>
          {problems.origin} could not be opened ({problems.problems.length}{" "}
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
          : "Fix these and open the file again."}
      </p>
      <ul>
        {problems.problems.map((p, i) => (
          <li key={i}>
            <code>{problemToString(p)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
