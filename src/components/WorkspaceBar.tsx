import { useEffect, useRef, useState } from "react";
import { useWorkspaceHandle } from "../io/workspaceRunner";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState } from "../store";
import { canUndo, describeOp, lastOp } from "../workspace";

// The workspace: which one is open, whether it is saved in this browser, and what can be done
// with it (switch, new, rename, delete, export, import, undo).

const selectWorkspace = (s: AppState) => s.workspace;
const selectList = (s: AppState) => s.workspaceList;
const selectSaveStatus = (s: AppState) => s.saveStatus;
const selectViewingFile = (s: AppState) => s.viewingFile;

function SaveStatusText() {
  const status = useAppStore(selectSaveStatus);
  const text =
    status.state === "saved"
      ? "Saved in this browser"
      : status.state === "saving"
        ? "Saving…"
        : status.state === "error"
          ? "Not saved"
          : status.state === "memory"
            ? "Not kept after this tab"
            : "";
  const detail = status.state === "error" || status.state === "memory" ? status.message : undefined;
  return (
    <span
      className={`save-status save-${status.state}`}
      role="status"
      aria-live="polite"
      title={detail}
      data-testid="save-status"
    >
      {text}
      {detail && <span className="visually-hidden">: {detail}</span>}
    </span>
  );
}

export function UndoButton() {
  const ws = useAppStore(selectWorkspace);
  const store = useAppStoreApi();
  const op = ws ? lastOp(ws) : undefined;
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      const target = ev.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      if ((ev.ctrlKey || ev.metaKey) && !ev.shiftKey && ev.key.toLowerCase() === "z") {
        ev.preventDefault();
        store.getState().undoLast(new Date().toISOString());
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
  if (!ws) return null;
  return (
    <button
      type="button"
      disabled={!canUndo(ws)}
      title={op ? `Undo ${describeOp(op)} (Ctrl+Z)` : "Nothing to undo"}
      aria-label={op ? `Undo ${describeOp(op)}` : "Undo"}
      onClick={() => store.getState().undoLast(new Date().toISOString())}
    >
      Undo
    </button>
  );
}

export function WorkspaceBar() {
  const handle = useWorkspaceHandle();
  const ws = useAppStore(selectWorkspace);
  const list = useAppStore(selectList);
  const viewingFile = useAppStore(selectViewingFile);
  const store = useAppStoreApi();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState("");
  const menu = useRef<HTMLDetailsElement>(null);
  const importInput = useRef<HTMLInputElement>(null);

  if (!handle) {
    // A linked graph (?data=) is only viewed; the person's workspaces are one click away.
    return (
      <div className="workspace-bar">
        <a className="button-link" href={window.location.pathname}>
          Open my workspaces
        </a>
      </div>
    );
  }
  const closeMenu = () => menu.current?.removeAttribute("open");

  return (
    <div className="workspace-bar">
      {viewingFile ? (
        <>
          <span className="viewing">Viewing {viewingFile}</span>
          <button type="button" onClick={() => void handle.backToWorkspace()}>
            Back to {ws?.name ?? "workspace"}
          </button>
        </>
      ) : renaming ? (
        <form
          className="rename-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            store.getState().renameWorkspace(name, new Date().toISOString());
            setRenaming(false);
          }}
        >
          <input
            aria-label="Workspace name"
            value={name}
            autoFocus
            onChange={(ev) => setName(ev.target.value)}
            onKeyDown={(ev) => {
              if (ev.key === "Escape") setRenaming(false);
            }}
          />
          <button type="submit">Save name</button>
        </form>
      ) : (
        <label className="workspace-select">
          <span className="visually-hidden">Workspace</span>
          <select
            value={ws?.id ?? ""}
            onChange={(ev) => void handle.switchTo(ev.target.value)}
            title="Switch workspace (the number is how many articles it holds)"
          >
            {!ws && <option value="">Opening…</option>}
            {ws && !list.some((w) => w.id === ws.id) && <option value={ws.id}>{ws.name}</option>}
            {list.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name} · {w.articles}
              </option>
            ))}
          </select>
        </label>
      )}
      <SaveStatusText />
      <details className="menu" ref={menu}>
        <summary aria-label="Workspace menu">Workspace ▾</summary>
        <div className="menu-items" role="group" aria-label="Workspace actions">
          <button
            type="button"
            onClick={() => {
              closeMenu();
              void handle.newWorkspace("empty");
            }}
          >
            New empty workspace
          </button>
          <button
            type="button"
            onClick={() => {
              closeMenu();
              void handle.newWorkspace("seed");
            }}
          >
            Open the shipped example
          </button>
          <button
            type="button"
            disabled={!ws}
            onClick={() => {
              closeMenu();
              setName(ws?.name ?? "");
              setRenaming(true);
            }}
          >
            Rename workspace
          </button>
          <button
            type="button"
            disabled={!ws}
            onClick={() => {
              closeMenu();
              handle.exportWorkspace();
            }}
          >
            Export workspace
          </button>
          <button
            type="button"
            onClick={() => {
              closeMenu();
              importInput.current?.click();
            }}
          >
            Import workspace
          </button>
          <button
            type="button"
            className="danger"
            disabled={!ws}
            onClick={() => {
              closeMenu();
              if (
                ws &&
                window.confirm(
                  `Delete the workspace “${ws.name}” from this browser? Export it first to keep a copy.`,
                )
              ) {
                void handle.deleteWorkspace(ws.id);
              }
            }}
          >
            Delete workspace
          </button>
        </div>
      </details>
      <input
        ref={importInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Workspace file to import"
        onChange={(ev) => {
          const file = ev.target.files?.[0];
          ev.target.value = "";
          if (file) void handle.importWorkspace(file);
        }}
      />
    </div>
  );
}
