import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";

/**
 * A failure while drawing the UI shows what happened and a way out, never a blank page. It sits
 * inside the store provider, so "Try again" redraws with the user's graph, filter and selection.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Relgraph failed to draw:", error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Relgraph ran into a problem</h1>
        <p>{this.state.error.message}</p>
        <p className="muted">
          Your files were not changed. Try again keeps the graph you had; Reload starts again with
          the shipped data.
        </p>
        <div className="crash-actions">
          <button type="button" className="primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
