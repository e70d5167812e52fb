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
          <fieldset>
            <legend>What</legend>
            {EXPORT_SCOPES.map((scope) => (
              <label key={scope}>
                <input
                  type="radio"
                  name="export-scope"
                  autoFocus={options.scope === scope}
                  checked={options.scope === scope}
                  onChange={() => setOptions({ ...options, scope })}
                />
                {SCOPE_LABEL[scope]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Scale</legend>
            {EXPORT_SCALES.map((scale) => (
              <label key={scale}>
                <input
                  type="radio"
                  name="export-scale"
                  checked={options.scale === scale}
                  onChange={() => setOptions({ ...options, scale })}
                />
                {scale}×
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Background</legend>
            {EXPORT_BACKGROUNDS.map((background) => (
              <label key={background}>
                <input
                  type="radio"
                  name="export-background"
                  checked={options.background === background}
                  onChange={() => setOptions({ ...options, background })}
                />
                {BACKGROUND_LABEL[background]}
              </label>
            ))}
          </fieldset>
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
