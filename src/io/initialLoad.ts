import type { AppStore } from "../store";
import { excerpt, quote } from "../model";
import { fetchDocument } from "./fetchDocument";
import shippedGraphUrl from "../../data/graph.json?url";

/** The shipped graph, for the seed workspace and as the fallback of a failed link. */
export const seedUrl: string = shippedGraphUrl;

/** How the shipped graph is named where it came from (header, file names). */
export const SEED_ORIGIN = "data/graph.json";

/**
 * Which document to open first: the shipped seed graph, or `?data=<url>` on the same origin
 * (used by the benchmark and for sharing a link to a hosted dataset).
 */
export function initialDocumentUrl(search: string, base: string): string | { error: string } {
  const wanted = new URLSearchParams(search).get("data");
  if (!wanted) return seedUrl;
  let url: URL;
  try {
    url = new URL(wanted, base);
  } catch {
    return { error: `${quote(wanted)} is not an address` };
  }
  const site = new URL(base).origin;
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      error: `only http(s) addresses on this site (${site}) are opened; ${quote(wanted)} is a ${excerpt(url.protocol, 20)} address`,
    };
  }
  if (url.origin !== site) {
    return {
      error: `only addresses on this site (${site}) are opened; ${url.origin} is another site`,
    };
  }
  return url.href;
}

/** Loads one address with a ticket, so a newer load (a file, the seed button) always wins. */
function loadFrom(store: AppStore, url: string, onLoaded?: () => void) {
  const ticket = store.getState().beginLoad();
  return fetchDocument(url).then((result) => {
    const origin = url === seedUrl ? SEED_ORIGIN : url;
    if (result.ok) {
      store.getState().loadDocument(result.document, origin, { ticket });
      if (store.getState().loadTicket === ticket) onLoaded?.();
    } else store.getState().rejectDocument(excerpt(origin), result.problems, ticket);
  });
}

/**
 * Starts loading the first document at once, before React has rendered anything, so the request
 * overlaps the first render instead of waiting for it. A file the user opens while this is still
 * loading takes a newer ticket and wins.
 */
export function startInitialLoad(store: AppStore, location: Location = window.location) {
  const url = initialDocumentUrl(location.search, location.href);
  if (typeof url !== "string") {
    store.getState().rejectDocument("The ?data= address", [{ path: "?data=", message: url.error }]);
    return;
  }
  void loadFrom(store, url);
}

/**
 * Opens the shipped graph, the way out when a `?data=` link failed. Once it is shown, `?data=`
 * leaves the address bar, so a reload does not fail again.
 */
export function openSeedGraph(store: AppStore): Promise<void> {
  return loadFrom(store, seedUrl, () => {
    const here = new URL(window.location.href);
    if (!here.searchParams.has("data")) return;
    here.searchParams.delete("data");
    window.history.replaceState(window.history.state, "", here.href);
  });
}
