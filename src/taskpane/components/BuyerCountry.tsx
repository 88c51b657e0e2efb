import { Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  countryCodes,
  countryName,
  uiLocale,
  type CountryChoice,
  type UiLanguage,
} from "../../core";
import { format } from "../../locales";
import { useStrings } from "../i18n";

/** Every country, named in the UI language and sorted by name. */
function countries(lang: UiLanguage): Array<[string, string]> {
  const collator = new Intl.Collator(uiLocale(lang));
  return countryCodes()
    .map((code): [string, string] => [code, countryName(code, lang)])
    .sort((x, y) => collator.compare(x[1], y[1]));
}

interface Props {
  choice: CountryChoice;
  lang: UiLanguage;
  /** The rep picked a country for this buyer, or (null) went back to the address's guess. */
  onChange: (country: string | null) => void;
}

/** Whose business days count: the ccTLD's guess, or the country the rep sets for this buyer. */
export function BuyerCountry({ choice, lang, onChange }: Props) {
  const t = useStrings();
  // Naming and sorting ~250 countries costs more than the rest of the first screen: the
  // list fills in right after it shows (the chosen country is there from the start).
  const [list, setList] = useState<Array<[string, string]> | null>(null);
  useEffect(() => setList(countries(lang)), [lang]);
  const options =
    list ??
    (choice.chosen ? [[choice.chosen, countryName(choice.chosen, lang)] as [string, string]] : []);
  if (!choice.key) return null;
  const guessed = choice.guessed
    ? format(t.countryFromAddress, { country: countryName(choice.guessed, lang) })
    : t.countryUnknown;
  return (
    <Field label={t.buyerCountry} hint={t.buyerCountryHint} size="small">
      <Select
        size="small"
        value={choice.chosen ?? ""}
        onChange={(_, data) => onChange(data.value || null)}
      >
        <option value="">{guessed}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
