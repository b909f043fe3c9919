/** The page's language and words, given to every component by WebApp. */
import { createContext, useContext } from "react";
import type { Lang } from "../core/report-types";
import { APP_TEXT, type AppText } from "./app-text";

export const LangContext = createContext<Lang>("vi");

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useText(): AppText {
  return APP_TEXT[useContext(LangContext)];
}
