/** Keeps one tab's rendering bug from blanking the whole pane: the tab shows the error and a retry. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";
import type { Strings } from "../i18n";

export interface ErrorBoundaryProps {
  readonly strings: Strings;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error: Error | undefined;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for support: the user sees the message, the developer console gets the component stack.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { strings } = this.props;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.errorTitle}</MessageBarTitle> {strings.tabCrashed} {error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            {strings.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
