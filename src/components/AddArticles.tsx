import { useEffect, useId, useRef, useState } from "react";
import type { DragEvent } from "react";
import { readArticleFiles, readPastedArticle } from "../io/readArticles";
import type { Intake } from "../io/readArticles";
import { useWorkspaceHandle } from "../io/workspaceRunner";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState } from "../store";
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from "../workspace";

const selectExtraction = (s: AppState) => s.extraction;
const selectViewingFile = (s: AppState) => s.viewingFile;

/** The header button and its dialog: files dropped or picked, or one pasted article. */
export function AddArticles({ onClosed }: { onClosed?: () => void } = {}) {
  const handle = useWorkspaceHandle();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (!open || !d || d.open) return;
    // A modal dialog where the browser has one; jsdom (tests) only knows the open attribute.
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
  }, [open]);
  if (!handle) return null;
  const close = () => {
    if (typeof dialog.current?.close === "function") dialog.current.close();
    else dialog.current?.removeAttribute("open");
    setOpen(false);
    opener.current?.focus();
    onClosed?.();
  };
  return (
    <>
      <button ref={opener} type="button" className="primary" onClick={() => setOpen(true)}>
        Add articles
      </button>
      <dialog
        ref={dialog}
        className="add-articles"
        aria-labelledby="add-articles-title"
        onClose={() => {
          setOpen(false);
          onClosed?.();
        }}
      >
        {open && <AddArticlesForm onDone={close} />}
      </dialog>
    </>
  );
}

function AddArticlesForm({ onDone }: { onDone: () => void }) {
  const handle = useWorkspaceHandle()!;
  const store = useAppStoreApi();
  const extraction = useAppStore(selectExtraction);
  const viewingFile = useAppStore(selectViewingFile);
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [url, setUrl] = useState("");
  const [reading, setReading] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();

  const running = extraction.phase === "running";

  const extract = async () => {
    setReading(true);
    setProblems([]);
    setNotes([]);
    try {
      if (viewingFile) await handle.backToWorkspace();
      const known = handle.knownHashes();
      const intakes: Intake[] = [];
      if (files.length) intakes.push(await readArticleFiles(files, known));
      if (text.length || !files.length) {
        const seen = new Map(known);
        for (const i of intakes) for (const a of i.articles) seen.set(a.hash, a.title);
        intakes.push(await readPastedArticle({ text, title, date, url }, seen));
      }
      const articles = intakes.flatMap((i) => i.articles);
      const refused = intakes.flatMap((i) => i.problems);
      const noted = intakes.flatMap((i) => i.notes);
      setProblems(refused);
      setNotes(noted);
      if (articles.length) {
        const n = articles.length;
        // The dialog closes itself once the graph has them, unless there is something to read.
        const unsubscribe = store.subscribe(
          (s) => s.extraction.phase,
          (phase) => {
            if (phase === "running") return;
            unsubscribe();
            if (phase !== "idle") return;
            // What is new to review is the next thing to look at.
            const toReview = store.getState().suggestions.length;
            if (toReview) {
              store.getState().setRightPanel("suggestions");
              // On a phone, the sheet under the graph (a computer shows the panel anyway).
              store.getState().setSheet("suggestions");
            }
            store
              .getState()
              .notify(
                "info",
                `Added ${n} article${n === 1 ? "" : "s"}. ` +
                  (toReview
                    ? `${toReview} name${toReview === 1 ? "" : "s"} to review under Suggestions.`
                    : "No new names to review."),
              );
            if (!refused.length && !noted.length) onDone();
          },
        );
        handle.addArticles(articles);
        setFiles([]);
        setText("");
        setTitle("");
        setDate("");
        setUrl("");
      }
    } finally {
      setReading(false);
    }
  };

  const onDrop = (ev: DragEvent) => {
    ev.preventDefault();
    setDragging(false);
    setFiles((prev) => [...prev, ...Array.from(ev.dataTransfer.files)]);
  };

  return (
    <form
      method="dialog"
      className="add-articles-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        void extract();
      }}
    >
      <div className="dialog-head">
        <h2 id="add-articles-title">Add articles</h2>
        <button type="button" className="link-button" aria-label="Close" onClick={onDone}>
          ×
        </button>
      </div>
      <p className="muted">
        Turkish news texts become entities and relations, each with the sentence that states it.
        Names Relgraph does not know yet are listed under Suggestions for you to review.
      </p>

      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(ev) => {
          ev.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          Drop <strong>.txt</strong> or <strong>.md</strong> files here, or{" "}
          <button type="button" className="link-button" onClick={() => fileInput.current?.click()}>
            choose files
          </button>
          <span className="muted"> (up to {MAX_ARTICLE_BYTES / 1024 / 1024} MB each)</span>
        </p>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept={ARTICLE_EXTENSIONS.join(",")}
          aria-label="Article files"
          onChange={(ev) => {
            const picked = Array.from(ev.target.files ?? []);
            ev.target.value = "";
            setFiles((prev) => [...prev, ...picked]);
          }}
        />
        {files.length > 0 && (
          <div className="picked">
            <span>
              {files.length} file{files.length === 1 ? "" : "s"}:{" "}
              {files
                .slice(0, 3)
                .map((f) => f.name)
                .join(", ")}
              {files.length > 3 ? ", …" : ""}
            </span>
            <button type="button" className="link-button" onClick={() => setFiles([])}>
              Clear
            </button>
          </div>
        )}
      </div>

      <label className="field" htmlFor={`${ids}-text`}>
        Article text
      </label>
      <textarea
        id={`${ids}-text`}
        rows={7}
        value={text}
        onChange={(ev) => setText(ev.target.value)}
        placeholder="…or paste one article's text here"
      />
      <div className="field-row">
        <label className="field">
          Title
          <input
            value={title}
            onChange={(ev) => setTitle(ev.target.value)}
            placeholder="first line if empty"
          />
        </label>
        <label className="field">
          Date
          <input
            value={date}
            onChange={(ev) => setDate(ev.target.value)}
            placeholder="2024-03-05"
          />
        </label>
      </div>
      <label className="field">
        URL
        <input
          value={url}
          onChange={(ev) => setUrl(ev.target.value)}
          placeholder="https://…"
          inputMode="url"
        />
      </label>

      {problems.length > 0 && (
        <ul className="intake-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className="intake-notes" role="status">
          {notes.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}

      <ExtractionProgress />

      <div className="dialog-actions">
        {running ? (
          <button type="button" onClick={() => handle.cancelExtraction()}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={onDone}>
            Close
          </button>
        )}
        <button type="submit" className="primary" disabled={reading || running}>
          Extract
        </button>
      </div>
    </form>
  );
}

/** "Article i of n" with a progress bar, while the worker reads. */
export function ExtractionProgress() {
  const extraction = useAppStore(selectExtraction);
  const store = useAppStoreApi();
  if (extraction.phase === "failed") {
    return (
      <div className="extraction-failed" role="alert">
        <span>{extraction.message}</span>
        <button type="button" onClick={() => store.getState().retryExtraction()}>
          Try again
        </button>
      </div>
    );
  }
  if (extraction.phase !== "running" || extraction.total === 0) return null;
  const { done, total } = extraction;
  return (
    <div className="extraction-progress">
      <span>
        Reading article {Math.min(done + 1, total)} of {total}
      </span>
      <div
        className="progress"
        role="progressbar"
        aria-label="Extraction progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <div className="progress-fill" style={{ transform: `scaleX(${done / total})` }} />
      </div>
    </div>
  );
}
