import { useRef, useState } from "react";
import {
  EXPORT_BACKGROUNDS,
  EXPORT_SCALES,
  EXPORT_SCOPES,
  exportFileName,
} from "../graph/exportImage";
import type { PngExportOptions } from "../graph/exportImage";
import { useGraphHandle } from "../graph/graphHandle";
import { downloadBlob } from "../io/download";
import { selectDocumentTitle, useAppStore, useAppStoreApi } from "../store";

const SCOPE_LABEL = { view: "Current view", full: "Whole graph" } as const;
const BACKGROUND_LABEL = { white: "White", transparent: "Transparent" } as const;

/** One choice of the export form; the checked option takes focus when the form opens. */
function RadioGroup<T extends string | number>(props: {
  legend: string;
  name: string;
  values: readonly T[];
  value: T;
  label: (v: T) => string;
  onChange: (v: T) => void;
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
            onChange={() => props.onChange(v)}
          />
          {props.label(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<PngExportOptions>({
    scope: "full",
    scale: 2,
    background: "white",
  });
  const title = useAppStore(selectDocumentTitle);
  const graph = useGraphHandle();
  const store = useAppStoreApi();
  const toggle = useRef<HTMLButtonElement>(null);
  // Focus goes back to the button that opened the form, never to the page body.
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const run = async () => {
    setBusy(true);
    try {
      const result = await graph.exportPng(options);
      const name = exportFileName(title, options);
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
        Export PNG
      </button>
      {open && (
        <form
          className="popover"
          aria-label="Export PNG"
          onSubmit={(ev) => {
            ev.preventDefault();
            void run();
          }}
          onKeyDown={(ev) => {
            if (ev.key === "Escape") close();
          }}
        >
          <RadioGroup
            legend="What"
            name="export-scope"
            values={EXPORT_SCOPES}
            value={options.scope}
            label={(v) => SCOPE_LABEL[v]}
            onChange={(scope) => setOptions({ ...options, scope })}
            autoFocus
          />
          <RadioGroup
            legend="Scale"
            name="export-scale"
            values={EXPORT_SCALES}
            value={options.scale}
            label={(v) => `${v}×`}
            onChange={(scale) => setOptions({ ...options, scale })}
          />
          <RadioGroup
            legend="Background"
            name="export-background"
            values={EXPORT_BACKGROUNDS}
            value={options.background}
            label={(v) => BACKGROUND_LABEL[v]}
            onChange={(background) => setOptions({ ...options, background })}
          />
          <p className="muted small">
            Only what is visible is exported; hidden types are left out.
          </p>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Exporting…" : "Download PNG"}
          </button>
        </form>
      )}
    </div>
  );
}
