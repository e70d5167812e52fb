import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { startInitialLoad } from "./io/initialLoad";
import { createAppStore, StoreProvider } from "./store";
import "./styles.css";
import "./explore.css";
import "./shell.css";

const store = createAppStore();
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
