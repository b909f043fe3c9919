/** Cài đặt: plan period, as-of date, "due soon" window and language, stored in the workbook; opens the agency directory. */
import { Button, Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { MAX_DUE_SOON_DAYS } from "../../core/options";
import { isValidYmd } from "../../core/day";
import { parsePeriodOption } from "../../core/plan-period";
import type { Lang } from "../../core/report-types";
import type { WorkbookSettings } from "../../office/host";
import { openDirectorySheet, saveSettings } from "../actions";
import { LANGUAGE_NAMES } from "../i18n";
import { usePane } from "../pane-context";
import { useAction } from "../use-action";
import { ActionStatus } from "./ActionStatus";
import { useTabStyles } from "./tab-styles";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** A stored `YYYY-MM-DD` as the clerk reads a date, `dd/mm/yyyy` (anything else is shown as it is). */
export function displayDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A typed `d/m/yyyy` (also `.` or `-` between) as the stored `YYYY-MM-DD`; undefined when no real date. */
export function storedDate(typed: string): string | undefined {
  const m = DMY_DATE.exec(typed.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The settings to store: empty fields are left out (empty = from the title / today / 7 days). */
export function settingsFromForm(period: string, asOf: string, lang: Lang, dueSoon = ""): WorkbookSettings {
  const p = period.trim().replace(/\s+/g, "");
  const days = dueSoonDays(dueSoon);
  return {
    ...(p ? { period: p } : {}),
    ...(asOf ? { asOf } : {}),
    lang,
    ...(typeof days === "number" ? { dueSoonDays: days } : {}),
  };
}

/** The "due soon" field: a number of days, undefined when empty, "invalid" when not 0–365. */
export function dueSoonDays(text: string): number | undefined | "invalid" {
  const t = text.trim();
  if (t === "") return undefined;
  const days = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
  return days >= 0 && days <= MAX_DUE_SOON_DAYS ? days : "invalid";
}

export function SettingsTab() {
  const tab = useTabStyles();
  const { host, strings, lang, settings, onSettingsSaved } = usePane();
  const s = strings.settings;
  const action = useAction();
  const [period, setPeriod] = useState(settings.period ?? "");
  // As typed, dd/mm/yyyy; stored as YYYY-MM-DD.
  const [asOf, setAsOf] = useState(displayDate(settings.asOf ?? ""));
  const [language, setLanguage] = useState<Lang>(settings.lang ?? lang);
  const [dueSoon, setDueSoon] = useState(settings.dueSoonDays?.toString() ?? "");
  // The workbook's settings may arrive after the tab opened (they are read when the pane opens).
  useEffect(() => {
    setPeriod(settings.period ?? "");
    setAsOf(displayDate(settings.asOf ?? ""));
    setLanguage(settings.lang ?? lang);
    setDueSoon(settings.dueSoonDays?.toString() ?? "");
  }, [settings, lang]);
  // The rule checks will apply (a reversed `2030-2024` too): a saved period they refuse would break them all.
  const asOfStored = asOf.trim() === "" ? "" : storedDate(asOf);
  const periodValid = period.trim() === "" || parsePeriodOption(period.replace(/\s+/g, "")) !== undefined;
  const dueSoonValid = dueSoonDays(dueSoon) !== "invalid";

  const save = () => {
    const next = settingsFromForm(period, asOfStored ?? "", language, dueSoon);
    return action.run(
      strings.busy,
      () => saveSettings(host, next),
      () => {
        onSettingsSaved(next);
        // Worded when shown: in the language just chosen, as the pane switches to it now.
        return (t) => t.settings.saved;
      },
    );
  };

  return (
    <div className={tab.root}>
      <Text className={tab.intro}>{s.intro}</Text>
      <Field
        label={s.period}
        hint={s.periodHint}
        {...(periodValid ? {} : { validationState: "error" as const, validationMessage: s.periodInvalid })}
      >
        <Input value={period} placeholder="2024" onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Field
        label={s.asOf}
        hint={s.asOfHint}
        {...(asOfStored === undefined
          ? { validationState: "error" as const, validationMessage: s.asOfInvalid }
          : {})}
      >
        <Input value={asOf} placeholder="31/12/2024" onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <Field
        label={s.dueSoon}
        hint={s.dueSoonHint}
        {...(dueSoonValid ? {} : { validationState: "error" as const, validationMessage: s.dueSoonInvalid })}
      >
        <Input inputMode="numeric" value={dueSoon} placeholder="7" onChange={(_, d) => setDueSoon(d.value)} />
      </Field>
      <Field label={s.language}>
        <RadioGroup value={language} onChange={(_, d) => setLanguage(d.value === "en" ? "en" : "vi")}>
          {(["vi", "en"] as const).map((l) => (
            <Radio key={l} value={l} label={LANGUAGE_NAMES[l]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={tab.buttons}>
        <Button
          appearance="primary"
          disabled={!periodValid || !dueSoonValid || asOfStored === undefined}
          disabledFocusable={action.busy}
          onClick={save}
        >
          {s.save}
        </Button>
        <Button
          disabledFocusable={action.busy}
          onClick={() =>
            action.run(
              strings.busy,
              () => openDirectorySheet(host),
              (r) => (t) =>
                r.created ? t.settings.directoryCreated(r.sheet) : t.settings.directoryOpened(r.sheet),
            )
          }
        >
          {s.openDirectory}
        </Button>
      </div>
      <ActionStatus state={action} onDismissError={action.dismissError} />
    </div>
  );
}
