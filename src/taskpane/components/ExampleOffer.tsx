/** Mở ví dụ: offered above every tab while the workbook has no task table yet. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { openExample } from "../example-actions";
import { usePane } from "../pane-context";
import { useAction } from "../use-action";
import { ActionStatus } from "./ActionStatus";

export function ExampleOffer() {
  const { host, strings } = usePane();
  const action = useAction();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{strings.example.offer}</MessageBarBody>
        <MessageBarActions>
          <Button
            size="small"
            appearance="primary"
            disabledFocusable={action.busy}
            onClick={() =>
              action.run(
                strings.busy,
                () => openExample(host),
                (sheet) => (t) => t.example.opened(sheet),
              )
            }
          >
            {strings.example.open}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <ActionStatus state={action} onDismissError={action.dismissError} />
    </>
  );
}
