/** Phụ lục: shows the detected column mapping (correctable) and the title block, then writes the annex. */
import { Button, Field, Input, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { Field as AnnexField } from "../../core/fields";
import type { AnnexPlanOptions } from "../../core/plans/annex-plan";
import type { ColumnMap } from "../../core/table-types";
import { createAnnex, readAnnexSource } from "../actions";
import type { AnnexSource } from "../actions";
import { usePane } from "../pane-context";
import { useAction, useOnOpen } from "../use-action";
import { ActionStatus } from "./ActionStatus";
import { ColumnMapping } from "./ColumnMapping";
import { useTabStyles } from "./tab-styles";

/**
 * The user's mapping, or undefined when it is the detected one (then the core re-detects it). A detected
 * field set to `(không có)` is sent as column 0: left out, the core would detect it again.
 */
export function changedOverrides(detected: ColumnMap, chosen: ColumnMap): ColumnMap | undefined {
  const fields = new Set([...Object.keys(detected), ...Object.keys(chosen)]) as Set<AnnexField>;
  if ([...fields].every((field) => detected[field] === chosen[field])) return undefined;
  const overrides: Partial<Record<AnnexField, number>> = { ...chosen };
  for (const field of fields) if (chosen[field] === undefined) overrides[field] = 0;
  return overrides;
}

export function AnnexTab() {
  const tab = useTabStyles();
  const { host, strings } = usePane();
  const s = strings.annex;
  const action = useAction();
  const [source, setSource] = useState<AnnexSource>();
  const [mapping, setMapping] = useState<ColumnMap>({});
  const [options, setOptions] = useState<AnnexPlanOptions>();
  const { run } = action;

  const show = (read: AnnexSource) => {
    setSource(read);
    setMapping(read.table?.header.columns ?? {});
    setOptions(read.options);
  };

  const reload = () =>
    run(
      strings.busy,
      () => readAnnexSource(host),
      (read) => {
        show(read);
        return undefined;
      },
    );

  useOnOpen(reload);

  const update = (patch: Partial<AnnexPlanOptions>) => setOptions((o) => (o ? { ...o, ...patch } : o));

  const create = () => {
    if (!source || !options) return;
    const overrides = changedOverrides(source.table?.header.columns ?? {}, mapping);
    return action.run(
      strings.busy,
      () => createAnnex(host, source.snapshot.sheet, overrides, options),
      (made) => {
        const { switchedTo } = made;
        if (!switchedTo) return (t) => t.annex.created(made.sheet, made.source);
        // Built from the sheet open now, not the form's: the form shows that sheet from now on.
        show(switchedTo);
        return (t) => `${t.annex.switched(made.source)} ${t.annex.created(made.sheet, made.source)}`;
      },
    );
  };

  return (
    <div className={tab.root}>
      <Text className={tab.intro}>{s.intro}</Text>
      <div className={tab.buttons}>
        <Button appearance="primary" disabled={!options} disabledFocusable={action.busy} onClick={create}>
          {s.create}
        </Button>
        <Button disabledFocusable={action.busy} onClick={reload}>
          {s.reload}
        </Button>
      </div>
      <ActionStatus state={action} onDismissError={action.dismissError} />
      {source && options && (
        <>
          <Text>
            {s.source}: <b>{source.snapshot.sheet}</b>
          </Text>
          <ColumnMapping source={source} mapping={mapping} disabled={action.busy} onChange={setMapping} />
          <section className={tab.section}>
            <Field label={s.annexLabel}>
              <Input value={options.annexLabel} onChange={(_, d) => update({ annexLabel: d.value })} />
            </Field>
            <Field label={s.title}>
              <Textarea
                value={options.title}
                resize="vertical"
                rows={3}
                onChange={(_, d) => update({ title: d.value })}
              />
            </Field>
            <Field label={s.attachedTo}>
              <Textarea
                value={options.attachedTo}
                resize="vertical"
                rows={3}
                onChange={(_, d) => update({ attachedTo: d.value })}
              />
            </Field>
            <Field label={s.sheetName}>
              <Input value={options.sheetName} onChange={(_, d) => update({ sheetName: d.value })} />
            </Field>
            <Field label={s.numbering}>
              <RadioGroup
                value={options.numbering}
                layout="horizontal"
                onChange={(_, d) => update({ numbering: d.value === "renumber" ? "renumber" : "keep" })}
              >
                <Radio value="keep" label={s.keep} />
                <Radio value="renumber" label={s.renumber} />
              </RadioGroup>
            </Field>
          </section>
        </>
      )}
    </div>
  );
}
