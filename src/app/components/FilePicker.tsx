/** Picking the workbooks: a drop zone (files or folders), a file picker, a folder picker, and the list. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { DragEvent } from "react";
import { useTabStyles } from "../../taskpane/components/tab-styles";
import { useText } from "../app-context";
import { pickedFromDrop, pickedFromList, type Picked } from "../picked-files";
import type { PickedFile } from "../web-run";

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
});

export interface FilePickerProps {
  readonly files: readonly PickedFile[];
  readonly skipped: readonly string[];
  readonly disabled: boolean;
  readonly onPicked: (picked: Picked) => void;
  readonly onRemove: (name: string) => void;
  readonly onClear: () => void;
}

export function FilePicker({ files, skipped, disabled, onPicked, onRemove, onClear }: FilePickerProps) {
  const styles = useStyles();
  const tab = useTabStyles();
  const text = useText();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) void pickedFromDrop(event.dataTransfer).then(onPicked);
  };

  return (
    <section className={tab.section} aria-labelledby="files-title">
      <h2 id="files-title" className={tab.sectionTitle}>
        {text.files.title} ({text.files.count(files.length)})
      </h2>
      <div
        className={over ? `${styles.zone} ${styles.over}` : styles.zone}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <Text>{text.files.drop}</Text>
        <div className={styles.row}>
          <Button appearance="primary" disabled={disabled} onClick={() => filesInput.current?.click()}>
            {text.files.pick}
          </Button>
          <Button disabled={disabled} onClick={() => folderInput.current?.click()}>
            {text.files.pickFolder}
          </Button>
          <Button disabled={disabled || files.length === 0} onClick={onClear}>
            {text.files.clear}
          </Button>
        </div>
        <input
          ref={filesInput}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,.ods,.csv"
          aria-label={text.files.pick}
          data-testid="pick-files"
          onChange={(event) => {
            const list = event.currentTarget.files;
            if (list) void pickedFromList(Array.from(list)).then(onPicked);
            event.currentTarget.value = "";
          }}
        />
        <input
          ref={folderInput}
          className={styles.hidden}
          type="file"
          multiple
          // Not in React's typings; Chromium, Edge, Firefox and Safari all honour it.
          {...{ webkitdirectory: "" }}
          aria-label={text.files.pickFolder}
          data-testid="pick-folder"
          onChange={(event) => {
            const list = event.currentTarget.files;
            if (list) void pickedFromList(Array.from(list)).then(onPicked);
            event.currentTarget.value = "";
          }}
        />
      </div>
      {skipped.length > 0 && <Text size={200}>{text.files.skipped(skipped)}</Text>}
      {files.length === 0 ? (
        <Text>{text.files.none}</Text>
      ) : (
        <ul className={tab.list} aria-label={text.files.title}>
          {files.map((file) => (
            <li key={file.name} className={styles.row}>
              <Text>{file.name}</Text>
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={text.files.remove(file.name)}
                onClick={() => onRemove(file.name)}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
