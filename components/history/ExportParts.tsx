import { tCount } from '@/utils/i18n';

/**
 * Which reports an export for others takes: the selected ones, or else those the filters show —
 * or, where the page says it (`text`: the batch page), its own scope.
 */
export function ExportScope(props: { count: number; selectedCount: number; testId?: string; text?: string }) {
  return (
    <p data-testid={props.testId}>
      {props.text ??
        (props.selectedCount > 0
          ? tCount(props.count, { one: 'associationScopeSelectedOne', other: 'associationScopeSelected' })
          : tCount(props.count, { one: 'associationScopeShownOne', other: 'associationScopeShown' }))}
    </p>
  );
}

/** A checkbox with its label after it. */
export function Tick(props: { checked: boolean; onChange: (checked: boolean) => void; label: string; testId: string }) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
        data-testid={props.testId}
      />{' '}
      {props.label}
    </label>
  );
}
