import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ThemedShell } from './ThemedShell';

interface State {
  error: Error | null;
}

/**
 * Around the whole pane: an error thrown while rendering or in an effect (an Outlook API that throws, a bug) shows a
 * message with Reload instead of a blank pane. It names the error's type only: no message text, address or subject.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The type and the component stack only (no message: it could quote mail data).
    console.error(`OutlookNetworking stopped: ${error.name}`, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    return (
      <ThemedShell dark={dark}>
      <div style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline" data-testid="state-crashed">
          <MessageBarBody>
            <MessageBarTitle>OutlookNetworking stopped</MessageBarTitle>
            Something in the pane failed ({this.state.error.name}). Reload it; if this keeps happening, tell your IT
            department which Outlook you use.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => window.location.reload()} data-testid="reload">
              Reload
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
      </ThemedShell>
    );
  }
}
