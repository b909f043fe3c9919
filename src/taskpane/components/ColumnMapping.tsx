/** One Fluent Dropdown per annex field: the detected column, correctable, or `(không có)`. */
import { Dropdown, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FIELDS } from "../../core/fields";
import { fieldLabel } from "../../core/messages";
import type { ColumnMap } from "../../core/table-types";
import type { AnnexSource } from "../actions";
import { usePane } from "../pane-context";
import { useTabStyles } from "./tab-styles";

const NONE = "none";

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface ColumnMappingProps {
  readonly source: AnnexSource;
  readonly mapping: ColumnMap;
  readonly disabled: boolean;
  readonly onChange: (mapping: ColumnMap) => void;
}

export function ColumnMapping({ source, mapping, disabled, onChange }: ColumnMappingProps) {
  const tab = useTabStyles();
  const styles = useStyles();
  const { strings, lang } = usePane();
  const s = strings.annex;
  const header = source.table?.header;
  const labelOf = (column: number | undefined) =>
    column === undefined
      ? s.none
      : (source.columns.find((c) => c.column === column)?.label ?? String(column));

  return (
    <section className={tab.section} aria-labelledby="annex-mapping-title">
      <h2 id="annex-mapping-title" className={tab.sectionTitle}>
        {s.mapping}
      </h2>
      <Text size={200} className={styles.hint}>
        {header ? s.mappingHint : s.noHeader}
      </Text>
      {FIELDS.map((field) => {
        const column = mapping[field];
        const value = column === undefined ? NONE : String(column);
        return (
          <Field key={field} label={fieldLabel(field, lang)} orientation="horizontal" size="small">
            <Dropdown
              className={styles.dropdown}
              size="small"
              disabled={disabled}
              value={labelOf(column)}
              selectedOptions={[value]}
              data-field={field}
              onOptionSelect={(_, d) => {
                const next: Partial<Record<(typeof FIELDS)[number], number>> = { ...mapping };
                if (d.optionValue === undefined || d.optionValue === NONE) delete next[field];
                else next[field] = Number(d.optionValue);
                onChange(next);
              }}
            >
              <Option value={NONE}>{s.none}</Option>
              {source.columns.map((c) => (
                <Option key={c.column} value={String(c.column)}>
                  {c.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </section>
  );
}
