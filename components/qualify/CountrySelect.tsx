import { memberStates, type MemberState } from '@/utils/channels/eu/country.schema';
import { countryName } from '@/utils/channels/eu/propose';

/** The 27 member states, by their name in the interface's language. */
export function CountrySelect(props: {
  id: string;
  label: string;
  value: MemberState;
  lang: 'fr' | 'en';
  onChange: (code: MemberState) => void;
}) {
  const options = memberStates
    .map((code) => ({ code, name: countryName(code, props.lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, props.lang));
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      data-testid={props.id}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as MemberState)}
    >
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
