/** One question with a few exclusive answers, as toggle buttons; `null` means not answered yet. */
export function Choice<V extends string>(props: {
  id: string;
  label: string;
  options: readonly { value: V; label: string }[];
  value: V | null;
  onChange: (value: V) => void;
  /** Said under the answer (e.g. the channels it took off the route). */
  note?: string | undefined;
}) {
  return (
    <fieldset class="yesno choice" data-testid={`question-${props.id}`}>
      <legend>{props.label}</legend>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={props.value === o.value}
          onClick={() => props.onChange(o.value)}
          data-answer={o.value}
        >
          {o.label}
        </button>
      ))}
      {props.note && (
        <p class="notice small" role="status" data-testid={`question-${props.id}-note`}>
          {props.note}
        </p>
      )}
    </fieldset>
  );
}
