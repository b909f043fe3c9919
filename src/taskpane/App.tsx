/**
 * The task pane: four tabs over one WorkbookHost. Tabs mount on first visit and then stay mounted (hidden)
 * so their results survive switching; each sits in an error boundary so a bug never blanks the pane.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { ReactNode } from "react";
import type { DayNumber } from "../core/day";
import type { Lang } from "../core/report-types";
import type { WorkbookHost, WorkbookSettings } from "../office/host";
import { ActionStatus } from "./components/ActionStatus";
import { AnnexTab } from "./components/AnnexTab";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ExampleOffer } from "./components/ExampleOffer";
import { openPane } from "./example-actions";
import { SettingsTab } from "./components/SettingsTab";
import { ValidateTab } from "./components/ValidateTab";
import { STRINGS } from "./i18n";
import { PaneContext, usePane } from "./pane-context";
import type { PaneContextValue } from "./pane-context";
import type { PaneTheme } from "./theme";
import { useAction, useOnOpen } from "./use-action";
import { RECHECK_DELAY_MS } from "./use-sheet-watch";

export type TabId = "annex" | "validate" | "consolidate" | "settings";

export const TAB_IDS: readonly TabId[] = ["annex", "validate", "consolidate", "settings"];

// Tổng hợp carries consolidation, the summary's sheet plans and the round trip with the wards: loaded when
// its tab is first opened, so the pane itself starts with less script.
const ConsolidateTab = lazy(() =>
  import("./components/ConsolidateTab").then((m) => ({ default: m.ConsolidateTab })),
);

const TAB_CONTENT: Readonly<Record<TabId, () => ReactNode>> = {
  annex: () => <AnnexTab />,
  validate: () => <ValidateTab />,
  consolidate: () => (
    <Suspense fallback={<Spinner size="small" />}>
      <ConsolidateTab />
    </Suspense>
  ),
  settings: () => <SettingsTab />,
};

const useStyles = makeStyles({
  // On a wrapper inside the provider, never on the provider itself: Fluent copies the provider's classes to
  // every popup portal, and a full-height background there covered the whole pane after any dropdown.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  tabs: { overflowX: "auto" },
  loadError: { padding: `0 ${tokens.spacingHorizontalM}` },
  offer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  unsupported: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly today: () => DayNumber;
  readonly theme?: PaneTheme;
  readonly initialTab?: TabId;
  /** Set (to the API set needed) when this Excel is below the manifest's: the pane only says so. */
  readonly unsupportedApi?: string;
  /** Milliseconds of quiet after an edit before its rows are re-checked. */
  readonly recheckDelay?: number;
}

export function App({
  host,
  today,
  theme = "light",
  initialTab = "annex",
  unsupportedApi,
  recheckDelay = RECHECK_DELAY_MS,
}: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>("vi");
  const [settings, setSettings] = useState<WorkbookSettings>({});
  const [tab, setTab] = useState<TabId>(initialTab);
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set([initialTab]));
  // A workbook with no task table yet is offered the sample report (Mở ví dụ).
  const [newWorkbook, setNewWorkbook] = useState(false);

  const onSettingsSaved = useCallback((next: WorkbookSettings) => {
    setSettings(next);
    if (next.lang) setLang(next.lang);
  }, []);

  const pane: PaneContextValue = useMemo(
    () => ({ host, lang, strings: STRINGS[lang], today, settings, onSettingsSaved, recheckDelay }),
    [host, lang, today, settings, onSettingsSaved, recheckDelay],
  );
  const strings = pane.strings;

  const select = (value: unknown) => {
    const next = TAB_IDS.find((id) => id === value);
    if (!next) return;
    setTab(next);
    setVisited((v) => new Set(v).add(next));
  };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <PaneContext.Provider value={pane}>
        <div className={styles.page}>
          {unsupportedApi !== undefined ? (
            <>
              <h1 className={styles.title}>{strings.appTitle}</h1>
              <div className={styles.unsupported}>
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{strings.unsupported(unsupportedApi)}</MessageBarBody>
                </MessageBar>
              </div>
            </>
          ) : (
            <>
              <header className={styles.header}>
                <h1 className={styles.title}>{strings.appTitle}</h1>
                <TabList
                  className={styles.tabs}
                  selectedValue={tab}
                  onTabSelect={(_, d) => select(d.value)}
                  size="small"
                >
                  {TAB_IDS.map((id) => (
                    <Tab
                      key={id}
                      id={`tab-${id}`}
                      value={id}
                      // Panels exist once visited (tabs mount lazily); never point at a missing element.
                      {...(visited.has(id) ? { "aria-controls": `panel-${id}` } : {})}
                    >
                      {strings.tabs[id]}
                    </Tab>
                  ))}
                </TabList>
              </header>
              <SettingsLoader
                onLoaded={(loaded, isNew) => {
                  onSettingsSaved(loaded);
                  setNewWorkbook(isNew);
                }}
              />
              {newWorkbook && (
                <div className={styles.offer}>
                  <ExampleOffer />
                </div>
              )}
              <main>
                {TAB_IDS.filter((id) => visited.has(id)).map((id) => (
                  <div
                    key={id}
                    id={`panel-${id}`}
                    role="tabpanel"
                    aria-labelledby={`tab-${id}`}
                    hidden={id !== tab}
                  >
                    <ErrorBoundary strings={strings}>{TAB_CONTENT[id]()}</ErrorBoundary>
                  </div>
                ))}
              </main>
            </>
          )}
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}

/**
 * Reads the workbook's settings once when the pane opens, and whether it has a task table yet; a failure
 * is shown, not swallowed.
 */
function SettingsLoader({
  onLoaded,
}: {
  readonly onLoaded: (settings: WorkbookSettings, newWorkbook: boolean) => void;
}) {
  const styles = useStyles();
  const { host, strings } = usePane();
  const action = useAction();
  // Once per pane: later changes come from the Settings tab itself.
  useOnOpen(() =>
    action.run(
      strings.busy,
      () => openPane(host),
      ({ settings: loaded, newWorkbook }) => {
        onLoaded(loaded, newWorkbook);
        return undefined;
      },
    ),
  );
  if (!action.busy && action.error === undefined) return null;
  return (
    <div className={styles.loadError}>
      <ActionStatus state={action} onDismissError={action.dismissError} />
    </div>
  );
}
