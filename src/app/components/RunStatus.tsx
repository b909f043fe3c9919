/** The outcome of the last action: a status line (announced to screen readers) or the error — never silent. */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useText } from "../app-context";
import type { RunState } from "../use-run";

export function RunStatus({ state }: { readonly state: RunState }) {
  const text = useText();
  return (
    <>
      <div role="status" aria-live="polite">
        {state.busy ? <Text>{text.busy}</Text> : state.status && <Text>{state.status}</Text>}
      </div>
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.errorTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
