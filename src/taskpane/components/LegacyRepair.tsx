/**
 * The offer to repair legacy-font text (LEGACY_ENCODING): what the check did with it, and a button that
 * writes the converted Unicode into those cells, then checks again.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { SheetCheck } from "../actions";
import { convertLegacyAndCheck } from "../legacy-actions";
import { usePane } from "../pane-context";
import type { ActionRunner } from "../use-action";

export interface LegacyRepairProps {
  readonly check: SheetCheck;
  readonly action: ActionRunner;
  /** Receives the check made after the conversion. */
  readonly onChecked: (check: SheetCheck) => void;
}

export function LegacyRepair({ check, action, onChecked }: LegacyRepairProps) {
  const { host, strings, today } = usePane();
  const finding = check.report.findings.find((f) => f.code === "LEGACY_ENCODING");
  if (!finding) return null;
  const s = strings.legacy;
  const convert = () =>
    action.run(
      strings.busy,
      () => convertLegacyAndCheck(host, check.report.sheet, today()),
      ({ repair, check: after }) => {
        onChecked(after);
        return (t) => t.legacy.converted(repair.cells, repair.formulas);
      },
    );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.title(String(finding.params.encoding ?? ""))}</MessageBarTitle>
        {s.explain(Number(finding.params.cells ?? 0))}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabledFocusable={action.busy} onClick={convert}>
          {s.convert}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
