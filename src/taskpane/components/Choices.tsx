import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";

interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
}

/** A small labelled drop-down over a fixed list of values. */
export function SelectChoice<T extends string>({ label, value, choices, onChange }: Props<T>) {
  return (
    <Field label={label} size="small">
      <Select size="small" value={value} onChange={(_, data) => onChange(data.value as T)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A small labelled row of radio buttons over a fixed list of values. */
export function RadioChoice<T extends string>({ label, value, choices, onChange }: Props<T>) {
  return (
    <Field label={label} size="small">
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_, data) => onChange(data.value as T)}
      >
        {choices.map((c) => (
          <Radio key={c.value} value={c.value} label={c.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
