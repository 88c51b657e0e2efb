import { createContext, useContext } from "react";
import { stringsFor, type Strings } from "../locales";

const StringsContext = createContext<Strings>(stringsFor("en"));

export const StringsProvider = StringsContext.Provider;

/** The pane's strings in the UI language. */
export function useStrings(): Strings {
  return useContext(StringsContext);
}
