import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the rep calls this part of the app ("the pipeline board", "this deal"). */
  name: string;
  children: ReactNode;
  /** Shown beside "Try again" (e.g. close the deal panel). */
  onDismiss?: () => void;
  /**
   * A new value tries again, as "Try again" does: for a view kept mounted across visits
   * (Insights, KeptInsights.tsx), which a return must not find still failed.
   */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey?: unknown;
}

/**
 * One bad record never blanks the app: a view that throws while rendering shows what failed
 * and a way back, and the navigation and every other view keep working.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[fieldline] ${this.props.name} failed to render`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="view-error" role="alert" aria-labelledby="view-error-title">
        <h2 id="view-error-title">Fieldline could not show {this.props.name}</h2>
        <p>
          Something in your data could not be displayed here. Nothing was changed or lost, and the rest of the
          app works.
        </p>
        <p className="view-error-detail">{error.message}</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          {this.props.onDismiss && (
            <button type="button" onClick={this.props.onDismiss}>
              Close
            </button>
          )}
        </div>
      </section>
    );
  }
}
