import { ENTITY_TYPE_STYLE, RELATION_TYPE_INFO, sentenceAt } from "../model";
import type { Entity, Relation, Source } from "../model";
import {
  selectDocument,
  selectIndex,
  selectSelectedEntity,
  selectSelectedEntityRelations,
  selectSelectedRelation,
  selectShowWeak,
  useAppStore,
  useAppStoreApi,
} from "../store";
import type { DocumentIndex } from "../store";
import { ActivePath, EntityMetrics, FocusControls } from "./ExploreControls";
import { EntityCorrections, RelationCorrections } from "./Corrections";
import { Highlighted } from "./Highlighted";
import type { Mark } from "./Highlighted";
import { ReadButton } from "./reader/ReadButton";
import { SourceLink } from "./SourceLink";
import { TypeIcon } from "./TypeIcon";
import { evidenceMarks } from "./evidenceMarks";

const MAX_SENTENCES = 25;

function EntityButton({ entity }: { entity: Entity | undefined }) {
  const store = useAppStoreApi();
  if (!entity) return <span className="muted">(unknown)</span>;
  return (
    <button
      type="button"
      className="entity-chip"
      onClick={() => store.getState().selectEntity(entity.id)}
    >
      <TypeIcon type={entity.type} size={12} />
      {entity.label}
    </button>
  );
}

/** Counts the panel words itself ("2 sentences in 1 article"), so they are not listed raw. */
const COUNT_ATTRIBUTES = new Set(["articles", "count"]);

function Attributes({
  attributes,
  skip,
}: {
  attributes: Record<string, string | number | boolean>;
  skip?: ReadonlySet<string>;
}) {
  const entries = Object.entries(attributes).filter(([k]) => !skip?.has(k));
  if (!entries.length) return null;
  return (
    <dl className="attributes">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The sentences that mention an entity, each with the mention highlighted. */
function MentionSentences({ entity, index }: { entity: Entity; index: DocumentIndex }) {
  const groups = new Map<string, { source: string; start: number; end: number; marks: Mark[] }>();
  for (const m of entity.mentions) {
    const source = index.sourceById.get(m.source);
    if (!source) continue;
    // The extractor's own sentence, stored in the document: "Prof. Dr." does not end it.
    const s = sentenceAt(source, m.start, m.end);
    const key = `${m.source}:${s.start}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { source: m.source, ...s, marks: [] }));
    g.marks.push({ start: m.start, end: m.end, kind: "mention" });
  }
  const list = [...groups.values()];
  if (!list.length) return <p className="muted">No mentions recorded.</p>;
  return (
    <ol className="evidence-list">
      {list.slice(0, MAX_SENTENCES).map((g) => {
        const source = index.sourceById.get(g.source)!;
        return (
          <li key={`${g.source}:${g.start}`}>
            <blockquote className="evidence" lang={source.language}>
              <Highlighted text={source.text} start={g.start} end={g.end} marks={g.marks} />
            </blockquote>
            <SourceCite source={source} offset={g.start} />
          </li>
        );
      })}
      {list.length > MAX_SENTENCES && (
        <li className="muted">and {list.length - MAX_SENTENCES} more sentences</li>
      )}
    </ol>
  );
}

function SourceCite({ source, offset }: { source: Source; offset: number }) {
  return (
    <p className="source-cite">
      <cite className="muted">{source.title}</cite> <SourceLink source={source} />{" "}
      <ReadButton source={source.id} offset={offset} />
    </p>
  );
}

function relationPhrase(r: Relation, from: string, index: DocumentIndex) {
  const otherId = r.source === from ? r.target : r.source;
  const arrow = !r.directed ? "—" : r.source === from ? "→" : "←";
  return { other: index.entityById.get(otherId), arrow };
}

function EntityDetails({ entity, index }: { entity: Entity; index: DocumentIndex }) {
  const allRelations = useAppStore(selectSelectedEntityRelations);
  const showWeak = useAppStore(selectShowWeak);
  const store = useAppStoreApi();
  const style = ENTITY_TYPE_STYLE[entity.type];
  // Weak links follow the legend's toggle here too, so the typed relations are not buried.
  const relations = showWeak
    ? allRelations
    : allRelations.filter((r) => !RELATION_TYPE_INFO[r.type].weak);
  const hiddenWeak = allRelations.length - relations.length;
  return (
    <>
      <header className="details-header">
        <TypeIcon type={entity.type} size={22} />
        <div>
          <h2>{entity.label}</h2>
          <span className="muted">{style.label}</span>
        </div>
      </header>
      <FocusControls entity={entity} />
      <EntityMetrics entity={entity} />
      {entity.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also written: </span>
          {entity.aliases.join(", ")}
        </p>
      )}
      <Attributes attributes={entity.attributes} />
      <h3>Relations ({relations.length})</h3>
      {relations.length === 0 && <p className="muted">No relations.</p>}
      <ul className="relation-list">
        {relations.map((r) => {
          const { other, arrow } = relationPhrase(r, entity.id, index);
          return (
            <li key={r.id} className={RELATION_TYPE_INFO[r.type].weak ? "weak" : undefined}>
              <button
                type="button"
                className="relation-button"
                onClick={() => store.getState().selectRelation(r.id)}
                title="Show the evidence for this relation"
              >
                <span className="relation-label">{r.label}</span>{" "}
                <span aria-hidden="true">{arrow}</span>
                {arrow === "←" && <span className="visually-hidden">from</span>}{" "}
                {other?.label ?? "(unknown)"}
              </button>
            </li>
          );
        })}
      </ul>
      {hiddenWeak > 0 && (
        <p className="muted small">
          Also mentioned with {hiddenWeak} other {hiddenWeak === 1 ? "entity" : "entities"} in the
          same sentences.{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => store.getState().setShowWeakRelations(true)}
          >
            Show weak links
          </button>
        </p>
      )}
      <h3>In the sources</h3>
      <MentionSentences entity={entity} index={index} />
    </>
  );
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Stated in 2 sentences of 1 article." */
function supportPhrase(relation: Relation): string {
  const articles = new Set(relation.evidence.map((e) => e.source)).size;
  if (!relation.evidence.length) return "No supporting sentence recorded.";
  return `Stated in ${plural(relation.evidence.length, "sentence", "sentences")} of ${plural(articles, "article", "articles")}.`;
}

function RelationDetails({ relation, index }: { relation: Relation; index: DocumentIndex }) {
  const source = index.entityById.get(relation.source);
  const target = index.entityById.get(relation.target);
  const marksOf = evidenceMarks(relation, index);
  return (
    <>
      <header className="details-header">
        <div>
          <span className="muted">Relation</span>
          <h2>{relation.label}</h2>
        </div>
      </header>
      <p className="relation-ends">
        <EntityButton entity={source} />
        <span aria-label={relation.directed ? "to" : "and"}>{relation.directed ? "→" : "—"}</span>
        <EntityButton entity={target} />
      </p>
      <Attributes attributes={relation.attributes} skip={COUNT_ATTRIBUTES} />
      <p className="muted small support">{supportPhrase(relation)}</p>
      <h3>Evidence ({relation.evidence.length})</h3>
      {relation.evidence.length === 0 && <p className="muted">No evidence recorded.</p>}
      <ol className="evidence-list">
        {relation.evidence.map((ev, i) => {
          const src = index.sourceById.get(ev.source);
          if (!src) return null;
          const marks = marksOf(ev);
          return (
            <li key={i}>
              <blockquote className="evidence" lang={src.language}>
                <Highlighted text={src.text} start={ev.start} end={ev.end} marks={marks} />
              </blockquote>
              <SourceCite source={src} offset={ev.start} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function DetailsPanel() {
  const index = useAppStore(selectIndex);
  const entity = useAppStore(selectSelectedEntity);
  const relation = useAppStore(selectSelectedRelation);
  const document = useAppStore(selectDocument);
  return (
    <aside className="panel details" aria-label="Details">
      {index && <ActivePath index={index} />}
      {index && entity && <EntityDetails entity={entity} index={index} />}
      {index && entity && <EntityCorrections key={entity.id} entity={entity} />}
      {index && relation && <RelationDetails relation={relation} index={index} />}
      {index && relation && <RelationCorrections relation={relation} />}
      {!entity && !relation && (
        <div className="details-empty">
          <h2>Details</h2>
          <p className="muted">
            Click a node or an edge in the graph, or pick an entity from the list, to read who it is
            connected to and the sentence that says so.
          </p>
          {document && document.sources.length > 0 && (
            <>
              <h3>Sources ({document.sources.length})</h3>
              <ul className="source-list">
                {document.sources.map((s) => (
                  <li key={s.id}>
                    <strong>{s.title}</strong>
                    <span className="muted small">
                      {[s.publisher, s.date, s.language.toUpperCase()].filter(Boolean).join(" · ")}
                    </span>
                    <span>
                      <SourceLink source={s} /> <ReadButton source={s.id} label="Read" />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </aside>
  );
}
