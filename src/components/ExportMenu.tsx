import { useRef, useState } from "react";
import {
  EXPORT_BACKGROUNDS,
  EXPORT_FORMATS,
  EXPORT_LOOKS,
  EXPORT_SCALES,
  EXPORT_SCOPES,
  exportFileName,
} from "../graph/exportImage";
import type { ExportOptions } from "../graph/exportImage";
import { creditLine } from "../graph/exportFrame";
import { useGraphHandle } from "../graph/graphHandle";
import { downloadBlob } from "../io/download";
import {
  selectDocument,
  selectDocumentTitle,
  selectSelection,
  useAppStore,
  useAppStoreApi,
} from "../store";

const FORMAT_LABEL = { png: "PNG", svg: "SVG (for print)" } as const;
const SCOPE_LABEL = { view: "Current view", full: "Whole graph", selection: "Selection" } as const;
const BACKGROUND_LABEL = { white: "White", transparent: "Transparent" } as const;
const LOOK_LABEL = { clean: "Clean", "as-shown": "As on screen" } as const;

/** One choice of the export form; the checked option takes focus when the form opens. */
function RadioGroup<T extends string | number>(props: {
  legend: string;
  name: string;
  values: readonly T[];
  value: T;
  label: (v: T) => string;
  onChange: (v: T) => void;
  disabled?: (v: T) => boolean;
  autoFocus?: boolean;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v}>
          <input
            type="radio"
            name={props.name}
            autoFocus={props.autoFocus && props.value === v}
            checked={props.value === v}
            disabled={props.disabled?.(v)}
            onChange={() => props.onChange(v)}
          />
          {props.label(v)}
        </label>
      ))}
    </fieldset>
  );
}

type FormState = Omit<ExportOptions, "credit"> & { credit: boolean };

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const docTitle = useAppStore(selectDocumentTitle);
  const document = useAppStore(selectDocument);
  const hasSelection = useAppStore(selectSelection) !== null;
  // A clean image is the default: a picture for a story should not carry the fading of
  // whatever happened to be selected. "As on screen" keeps it.
  const [form, setForm] = useState<FormState>({
    format: "png",
    scope: "full",
    scale: 2,
    background: "white",
    look: "clean",
    title: "",
    legend: true,
    credit: true,
  });
  const graph = useGraphHandle();
  const store = useAppStoreApi();
  const toggle = useRef<HTMLButtonElement>(null);
  // Focus goes back to the button that opened the form, never to the page body.
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const scope = form.scope === "selection" && !hasSelection ? "full" : form.scope;
  const isPng = form.format === "png";

  const run = async () => {
    setBusy(true);
    const options: ExportOptions = {
      ...form,
      scope,
      credit: form.credit ? creditLine(document?.sources ?? [], new Date()) : "",
    };
    try {
      const result = await graph.exportImage(options);
      const name = exportFileName(docTitle, options);
      downloadBlob(result.blob, name);
      if (result.clamped) {
        store
          .getState()
          .notify(
            "warning",
            `The image would have been too large for the browser at ${options.scale}×, so it was ` +
              `saved at ${result.scale.toFixed(2)}× (${result.width} × ${result.height} px).`,
          );
      } else {
        store.getState().notify("info", `Saved ${name} (${result.width} × ${result.height} px).`);
      }
      close();
    } catch (err) {
      store.getState().notify("error", `Export failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Export
      </button>
      {open && (
        <form
          className="popover export-form"
          aria-label="Export image"
          onSubmit={(ev) => {
            ev.preventDefault();
            void run();
          }}
          onKeyDown={(ev) => {
            if (ev.key === "Escape") close();
          }}
        >
          <RadioGroup
            legend="Format"
            name="export-format"
            values={EXPORT_FORMATS}
            value={form.format}
            label={(v) => FORMAT_LABEL[v]}
            onChange={(format) => setForm({ ...form, format })}
            autoFocus
          />
          <RadioGroup
            legend="What"
            name="export-scope"
            values={EXPORT_SCOPES}
            value={scope}
            label={(v) => SCOPE_LABEL[v]}
            disabled={(v) => v === "selection" && !hasSelection}
            onChange={(s) => setForm({ ...form, scope: s })}
          />
          <RadioGroup
            legend="Look"
            name="export-look"
            values={EXPORT_LOOKS}
            value={form.look}
            label={(v) => (v === "clean" ? `${LOOK_LABEL[v]} (default)` : LOOK_LABEL[v])}
            onChange={(look) => setForm({ ...form, look })}
          />
          <p className="muted small">
            {form.look === "clean"
              ? "Clean leaves out the fading and rings of the selection and the search."
              : "Keeps the fading and rings you see now."}
          </p>
          <label className="export-title">
            <span>Title (optional)</span>
            <input
              type="text"
              value={form.title}
              placeholder={`e.g. ${docTitle}`}
              onChange={(ev) => setForm({ ...form, title: ev.target.value })}
            />
          </label>
          <fieldset>
            <legend>Add</legend>
            <label>
              <input
                type="checkbox"
                checked={form.legend}
                onChange={(ev) => setForm({ ...form, legend: ev.target.checked })}
              />
              Legend
            </label>
            <label>
              <input
                type="checkbox"
                checked={form.credit}
                onChange={(ev) => setForm({ ...form, credit: ev.target.checked })}
              />
              Sources and date
            </label>
          </fieldset>
          {isPng && (
            <RadioGroup
              legend="Scale"
              name="export-scale"
              values={EXPORT_SCALES}
              value={form.scale}
              label={(v) => `${v}×`}
              onChange={(scale) => setForm({ ...form, scale })}
            />
          )}
          <RadioGroup
            legend="Background"
            name="export-background"
            values={EXPORT_BACKGROUNDS}
            value={form.background}
            label={(v) => BACKGROUND_LABEL[v]}
            onChange={(background) => setForm({ ...form, background })}
          />
          <p className="muted small">
            Only what is visible is exported; hidden types are left out.
          </p>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Exporting…" : `Download ${isPng ? "PNG" : "SVG"}`}
          </button>
        </form>
      )}
    </div>
  );
}
