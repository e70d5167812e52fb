import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { startInitialLoad } from "./io/initialLoad";
import { startUrlSync } from "./io/urlSync";
import { createAppStore, StoreProvider } from "./store";
import "./styles.css";
import "./explore.css";
import "./shell.css";

const store = createAppStore();
// Before the first load, so the first document opens the view the link describes.
startUrlSync(store);
startInitialLoad(store);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StoreProvider>
  </StrictMode>,
);
