import { useRef, useState } from "react";
import type { Entity, Relation } from "../model";
import { useMetrics } from "../graph/useMetrics";
import {
  FOCUS_DEPTHS,
  METRICS,
  METRIC_LABEL,
  selectActivePath,
  selectShown,
  useAppStore,
  useAppStoreApi,
} from "../store";
import type { AppState, DocumentIndex, PathResult } from "../store";
import { Highlighted } from "./Highlighted";
import { SearchBox } from "./SearchBox";
import { TypeIcon } from "./TypeIcon";
import { evidenceMarks } from "./evidenceMarks";

const PATH_HEADING_ID = "path-heading";
const selectDepth = (s: AppState) => s.depth;
const selectOnly = (s: AppState) => s.onlyNeighbourhood;

/** Depth of the focus, "show only this neighbourhood" and "Path to…" for the selected entity. */
export function FocusControls({ entity }: { entity: Entity }) {
  const store = useAppStoreApi();
  const depth = useAppStore(selectDepth);
  const only = useAppStore(selectOnly);
  const [picking, setPicking] = useState(false);
  const pathButton = useRef<HTMLButtonElement>(null);

  /** The picker is gone: focus goes to the path it found, or back to its button; never <body>. */
  const closePicker = (toPath = false) => {
    setPicking(false);
    requestAnimationFrame(() => {
      const heading = toPath ? document.getElementById(PATH_HEADING_ID) : null;
      (heading ?? pathButton.current)?.focus();
    });
  };

  return (
    <div className="focus-controls">
      <fieldset className="filter-fieldset inline">
        <legend>Neighbourhood</legend>
        <div className="segmented" role="radiogroup" aria-label="Neighbourhood depth">
          {FOCUS_DEPTHS.map((d) => (
            <label key={d} title={`Entities up to ${d} ${d === 1 ? "hop" : "hops"} away`}>
              <input
                type="radio"
                name="focus-depth"
                value={d}
                checked={depth === d}
                onChange={() => store.getState().setDepth(d)}
                aria-label={`${d} ${d === 1 ? "hop" : "hops"}`}
              />
              <span aria-hidden="true">{d}</span>
            </label>
          ))}
        </div>
        <span className="muted small">{depth === 1 ? "hop" : "hops"}</span>
      </fieldset>
      <label className="check-row">
        <input
          type="checkbox"
          checked={only}
          onChange={(ev) => store.getState().setOnlyNeighbourhood(ev.target.checked)}
        />
        Show only this neighbourhood
      </label>
      {picking ? (
        <div className="path-picker">
          <SearchBox
            local
            autoFocus
            label={`Path from ${entity.label} to`}
            placeholder="Type an entity…"
            onPick={(id) => {
              store.getState().pathTo(id);
              closePicker(true);
            }}
            onCancel={() => closePicker()}
          />
          <button type="button" className="link-button" onClick={() => closePicker()}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={pathButton}
          type="button"
          className="path-button"
          onClick={() => setPicking(true)}
          title="Shortest path through the shown relations (or Shift+click a node in the graph)"
        >
          Path to…
        </button>
      )}
    </div>
  );
}

function formatMetric(metric: (typeof METRICS)[number], value: number): string {
  if (metric === "degree") return String(value);
  return value.toFixed(3);
}

/** Degree, betweenness and PageRank of one entity among the shown ones, with its rank. */
export function EntityMetrics({ entity }: { entity: Entity }) {
  const metrics = useMetrics(true);
  const shown = useAppStore(selectShown);
  if (!shown.entities.has(entity.id)) return null;
  const mine = metrics.byId.get(entity.id);
  if (!mine) return null;
  const all = [...metrics.byId.values()];
  return (
    <dl className="metrics" aria-label="Centrality among the shown entities">
      {METRICS.map((m) => {
        if (m !== "degree" && (!metrics.complete || metrics.pending)) {
          return (
            <div key={m}>
              <dt>{METRIC_LABEL[m]}</dt>
              <dd className="muted small">
                {metrics.pending ? "computing…" : "too many shown; filter to compute"}
              </dd>
            </div>
          );
        }
        const rank = 1 + all.filter((x) => x[m] > mine[m]).length;
        return (
          <div key={m}>
            <dt>{METRIC_LABEL[m]}</dt>
            <dd>
              <strong>{formatMetric(m, mine[m])}</strong>{" "}
              <span className="muted small">
                #{rank} of {all.length}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function StepRelation({ relation, index }: { relation: Relation; index: DocumentIndex }) {
  const store = useAppStoreApi();
  const source = index.entityById.get(relation.source);
  const target = index.entityById.get(relation.target);
  const marksOf = evidenceMarks(relation, index);
  return (
    <li className="path-relation">
      <button
        type="button"
        className="relation-button"
        onClick={() => store.getState().selectRelation(relation.id)}
        title="Open this relation"
      >
        {source?.label} <span className="relation-label">{relation.label}</span>{" "}
        {relation.directed ? "→" : "—"} {target?.label}
      </button>
      {relation.evidence.length === 0 && <p className="muted small">No evidence recorded.</p>}
      {relation.evidence.map((ev, i) => {
        const src = index.sourceById.get(ev.source);
        if (!src) return null;
        const marks = marksOf(ev);
        return (
          <blockquote key={i} className="evidence" lang={src.language}>
            <Highlighted text={src.text} start={ev.start} end={ev.end} marks={marks} />
            <cite className="muted small"> {src.title}</cite>
          </blockquote>
        );
      })}
    </li>
  );
}

/** The path between two entities as steps, each with the sentences that state it. */
export function PathView({ path, index }: { path: PathResult; index: DocumentIndex }) {
  const store = useAppStoreApi();
  const from = index.entityById.get(path.from);
  const to = index.entityById.get(path.to);
  const hops = path.steps.length;
  return (
    <section className="path-view" aria-labelledby={PATH_HEADING_ID}>
      <header className="details-header">
        <div>
          <span className="muted">Path</span>
          <h2 id={PATH_HEADING_ID} tabIndex={-1}>
            {from?.label} → {to?.label}
          </h2>
        </div>
      </header>
      {hops === 0 ? (
        <p className="muted">
          No path runs between them through the shown relations. Widen the filters (weak links,
          relation types, sources) to look further.
        </p>
      ) : (
        <>
          <p className="path-chain">
            {path.entities.map((id, i) => {
              const e = index.entityById.get(id);
              return (
                <span key={id}>
                  {i > 0 && <span aria-hidden="true"> → </span>}
                  {e && <TypeIcon type={e.type} size={12} />} {e?.label}
                </span>
              );
            })}
          </p>
          <p className="muted small">
            {hops} {hops === 1 ? "step" : "steps"} through the shown relations; each with its
            evidence.
          </p>
          <ol className="path-steps">
            {path.steps.map((step) => (
              <li key={`${step.from}-${step.to}`}>
                <ul className="path-relations">
                  {step.relations.map((r) => (
                    <StepRelation key={r.id} relation={r} index={index} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
      <button type="button" className="link-button" onClick={() => store.getState().clearPath()}>
        Clear path
      </button>
    </section>
  );
}

/** The active path, if any, for the details panel. */
export function ActivePath({ index }: { index: DocumentIndex }) {
  const path = useAppStore(selectActivePath);
  return path ? <PathView path={path} index={index} /> : null;
}
