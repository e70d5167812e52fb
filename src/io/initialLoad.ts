import type { AppStore } from "../store";
import { fetchDocument } from "./readDocument";
import seedUrl from "../../data/graph.json?url";

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
    return { error: `?data= is not a usable address: "${wanted}"` };
  }
  if (url.origin !== new URL(base).origin) {
    return { error: `?data= must point at this site; ${url.origin} is another site` };
  }
  return url.href;
}

/**
 * Starts loading the first document at once, before React has rendered anything, so the request
 * overlaps the first render instead of waiting for it. A file the user opens while this is still
 * loading takes a newer ticket and wins.
 */
export function startInitialLoad(store: AppStore, location: Location = window.location) {
  const url = initialDocumentUrl(location.search, location.href);
  if (typeof url !== "string") {
    store.getState().rejectDocument("?data=", [{ path: "?data=", message: url.error }]);
    return;
  }
  const ticket = store.getState().beginLoad();
  void fetchDocument(url).then((result) => {
    const origin = url === seedUrl ? "data/graph.json" : url;
    if (result.ok) store.getState().loadDocument(result.document, origin, ticket);
    else store.getState().rejectDocument(origin, result.problems, ticket);
  });
}
