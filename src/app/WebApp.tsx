/**
 * The web page (app.html): the add-in's three jobs for offices whose Excel cannot run add-ins. Files are
 * picked or dropped, checked, turned into annexes or consolidated, all in this page; results download as
 * .xlsx files written by the same sheet plans as the add-in and the CLI.
 */
import {
  Button,
  Field,
  FluentProvider,
  Input,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { DayNumber } from "../core/day";
import type { Lang } from "../core/report-types";
import { useTabStyles } from "../taskpane/components/tab-styles";
import { LangContext } from "./app-context";
import { APP_TEXT } from "./app-text";
import { AnnexPanel } from "./components/AnnexPanel";
import { CheckPanel } from "./components/CheckPanel";
import { FilePicker } from "./components/FilePicker";
import { SummaryPanel } from "./components/SummaryPanel";
import { mergePicked, type Picked } from "./picked-files";
import type { PickedFile, RunSettings } from "./web-run";

export type PanelId = "check" | "annex" | "summary";
const PANELS: readonly PanelId[] = ["check", "annex", "summary"];

const useStyles = makeStyles({
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: { maxWidth: "1100px", margin: "0 auto", padding: tokens.spacingHorizontalL },
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: `${tokens.spacingVerticalM} 0`, fontSize: tokens.fontSizeBase500 },
  settings: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
});

export interface WebAppProps {
  readonly today: () => DayNumber;
}

export function WebApp({ today }: WebAppProps) {
  const styles = useStyles();
  const tab = useTabStyles();
  const [lang, setLang] = useState<Lang>("vi");
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  const [panel, setPanel] = useState<PanelId>("check");
  const [period, setPeriod] = useState("");
  const [asOf, setAsOf] = useState("");
  // Results belong to the files and settings they came from: any change starts the panels afresh.
  const [generation, setGeneration] = useState(0);
  const text = APP_TEXT[lang];
  const settings: RunSettings = { period, asOf, lang };

  const changed = useCallback(() => setGeneration((g) => g + 1), []);
  const onPicked = useCallback(
    (picked: Picked) => {
      setFiles((current) => mergePicked(current, picked.files));
      setSkipped(picked.skipped);
      changed();
    },
    [changed],
  );

  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang={lang}>
      <LangContext.Provider value={lang}>
        <main className={styles.main}>
          <div className={styles.top}>
            <h1 className={styles.title}>{text.title}</h1>
            <Button
              appearance="subtle"
              aria-label={text.languageLabel}
              onClick={() => setLang(lang === "vi" ? "en" : "vi")}
            >
              {text.language}
            </Button>
          </div>
          <div className={tab.root}>
            <Text className={tab.intro}>{text.intro}</Text>
            <FilePicker
              files={files}
              skipped={skipped}
              disabled={false}
              onPicked={onPicked}
              onRemove={(name) => {
                setFiles((current) => current.filter((f) => f.name !== name));
                changed();
              }}
              onClear={() => {
                setFiles([]);
                setSkipped([]);
                changed();
              }}
            />
            <div className={styles.settings}>
              <Field label={text.settings.period} hint={text.settings.periodHint}>
                <Input
                  value={period}
                  onChange={(_, d) => {
                    setPeriod(d.value);
                    changed();
                  }}
                />
              </Field>
              <Field label={text.settings.asOf} hint={text.settings.asOfHint}>
                <Input
                  type="date"
                  value={asOf}
                  onChange={(_, d) => {
                    setAsOf(d.value);
                    changed();
                  }}
                />
              </Field>
            </div>
            <TabList selectedValue={panel} onTabSelect={(_, d) => setPanel(d.value as PanelId)}>
              {PANELS.map((id) => (
                <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
                  {text.tabs[id]}
                </Tab>
              ))}
            </TabList>
            {PANELS.map((id) => (
              <div
                key={id}
                id={`panel-${id}`}
                role="tabpanel"
                aria-labelledby={`tab-${id}`}
                hidden={id !== panel}
              >
                {id === "check" && (
                  <CheckPanel key={generation} files={files} settings={settings} today={today} />
                )}
                {id === "annex" && <AnnexPanel key={generation} files={files} lang={lang} />}
                {id === "summary" && (
                  <SummaryPanel key={generation} files={files} settings={settings} today={today} />
                )}
              </div>
            ))}
          </div>
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
