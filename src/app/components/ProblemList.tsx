/** Files that could not be checked, and notes on the run, each with the reader's own sentence. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTabStyles } from "../../taskpane/components/tab-styles";

export function ProblemList({
  title,
  items,
  intent,
}: {
  readonly title: string;
  readonly items: readonly string[];
  readonly intent: "warning" | "info";
}) {
  const tab = useTabStyles();
  if (items.length === 0) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={tab.list}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
