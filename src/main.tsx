import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { createWorkerExtractor } from "./io/extractClient";
import { seedUrl, startInitialLoad } from "./io/initialLoad";
import { startThemePreference } from "./io/preferences";
import { startUrlSync } from "./io/urlSync";
import { startBrowserWorkspaces } from "./io/workspaceRunner";
import { createAppStore, StoreProvider } from "./store";
import "./styles.css";
import "./explore.css";
import "./shell.css";
import "./reader.css";
import "./theme.css";

const store = createAppStore();
// Before the first paint, so a dark page never flashes light.
startThemePreference(store);
// Before the first load, so the first document opens the view the link describes.
startUrlSync(store);
// A linked graph (?data=) is shown as it is, for viewing; otherwise the person's last workspace
// opens (the shipped example on a first visit), from this browser's storage.
const viewingLink = new URLSearchParams(window.location.search).has("data");
const workspaces = viewingLink
  ? null
  : startBrowserWorkspaces(store, createWorkerExtractor(), seedUrl);
if (viewingLink) startInitialLoad(store);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <ErrorBoundary>
        <App workspaces={workspaces} />
      </ErrorBoundary>
    </StoreProvider>
  </StrictMode>,
);
