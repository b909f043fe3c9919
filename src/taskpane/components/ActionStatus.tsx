/**
 * The visible outcome of a tab's actions: a spinner while busy, a status line announced to screen readers
 * (an aria-live region that is always in the DOM, so changes are read out) and errors in a MessageBar.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ActionState } from "../use-action";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  status: { minHeight: "20px", color: tokens.colorNeutralForeground2 },
});

export interface ActionStatusProps {
  readonly state: ActionState;
  readonly onDismissError: () => void;
}

export function ActionStatus({ state, onDismissError }: ActionStatusProps) {
  const styles = useStyles();
  const { strings } = usePane();
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.busy ? (
          <Spinner size="tiny" labelPosition="after" label={state.status ?? strings.busy} />
        ) : (
          state.status && <Text size={200}>{state.status}</Text>
        )}
      </div>
      {state.error !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle> {state.error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={onDismissError}>
                {strings.dismiss}
              </Button>
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
