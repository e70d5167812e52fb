import { useId, useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import { ENTITY_TYPE_STYLE } from "../model";
import {
  selectHiddenSearchHitCount,
  searchEntities,
  selectSearchHits,
  selectShown,
  useAppStore,
  useAppStoreApi,
} from "../store";
import type { AppState, SearchHit } from "../store";
import { TypeIcon } from "./TypeIcon";

const MAX_RESULTS = 8;
const selectQuery = (s: AppState) => s.searchQuery;
const selectEntities = (s: AppState) => s.document?.entities;
const noHits: readonly SearchHit[] = [];

export const SEARCH_INPUT_ID = "search";

interface SearchBoxProps {
  /** What Enter or a click does with the chosen entity; by default select it and centre it. */
  onPick?: (id: string) => void;
  /** A picker keeps its own query; the main search box shares the store's (and marks matches). */
  local?: boolean;
  label?: string;
  placeholder?: string;
  autoFocus?: boolean;
  onCancel?: () => void;
}

function whyMatched(hit: SearchHit): string | null {
  if (hit.tier === "label" || hit.matched === hit.entity.label) return null;
  return hit.matched;
}

/**
 * A combobox: ranked results as you type (label, then alias, then inflected forms, then partial),
 * arrows to move, Enter to pick, Escape to close and then to clear.
 */
export function SearchBox({
  onPick,
  local = false,
  label = "Search",
  placeholder = "Search entities  ( / )",
  autoFocus = false,
  onCancel,
}: SearchBoxProps) {
  const store = useAppStoreApi();
  const sharedQuery = useAppStore(selectQuery);
  const [localQuery, setLocalQuery] = useState("");
  const query = local ? localQuery : sharedQuery;
  const setQuery = local ? setLocalQuery : (q: string) => store.getState().setSearchQuery(q);
  const allHits = useAppStore(selectSearchHits);
  const hiddenCount = useAppStore(selectHiddenSearchHitCount);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  // A picker ranks with the same search, among the same shown entities, with its own query.
  const shown = useAppStore(selectShown);
  const entities = useAppStore(selectEntities);
  const localHits = useMemo(
    () =>
      local && entities
        ? searchEntities(entities, localQuery, (e) => shown.entities.has(e.id))
        : noHits,
    [local, entities, localQuery, shown],
  );
  const hits = (local ? localHits : allHits).slice(0, MAX_RESULTS);
  const showList = open && query.trim() !== "";
  const activeIndex = Math.min(active, hits.length - 1);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    if (onPick) onPick(hit.entity.id);
    else store.getState().selectAndCentre(hit.entity.id);
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    switch (ev.key) {
      case "ArrowDown":
        ev.preventDefault();
        setOpen(true);
        setActive(Math.min(hits.length - 1, activeIndex + 1));
        break;
      case "ArrowUp":
        ev.preventDefault();
        setActive(Math.max(0, activeIndex - 1));
        break;
      case "Enter":
        ev.preventDefault();
        pick(hits[Math.max(0, activeIndex)]);
        break;
      case "Escape":
        // Handled here, so the app-wide Escape does not also clear the selection.
        ev.preventDefault();
        ev.stopPropagation();
        if (showList) setOpen(false);
        else if (query) setQuery("");
        else onCancel?.();
        break;
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="search-box" role="search">
      <input
        id={local ? undefined : SEARCH_INPUT_ID}
        type="text"
        className="search-box-input"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        // Opening a picker is a deliberate act; focusing its input is what the user expects.
        autoFocus={autoFocus}
        value={query}
        onChange={(ev) => {
          setQuery(ev.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label={`${label} results`} className="search-results">
          {hits.map((hit, i) => {
            const why = whyMatched(hit);
            return (
              <li
                key={hit.entity.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className={i === activeIndex ? "search-result active" : "search-result"}
                // mousedown, not click: a click would blur the input and close the list first.
                onMouseDown={(ev) => {
                  ev.preventDefault();
                  pick(hit);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <TypeIcon type={hit.entity.type} size={14} />
                <span className="search-result-label">{hit.entity.label}</span>
                <span className="muted small">
                  {why ? `“${why}”` : ENTITY_TYPE_STYLE[hit.entity.type].label}
                </span>
              </li>
            );
          })}
          {hits.length === 0 && (
            <li className="search-empty muted" role="presentation">
              Nothing shown matches “{query.trim()}”.
            </li>
          )}
          {!local && hiddenCount > 0 && (
            <li className="search-hidden" role="presentation">
              {hiddenCount} more {hiddenCount === 1 ? "match is" : "matches are"} hidden by the
              filters.{" "}
              <button
                type="button"
                className="link-button"
                onMouseDown={(ev) => {
                  ev.preventDefault();
                  store.getState().resetFilters();
                }}
              >
                Reset filters
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
