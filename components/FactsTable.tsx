export interface FactRow {
  label: string;
  value: string | number | null | undefined;
  /** Monospace and breakable (URLs, hashes). */
  code?: boolean;
}

/** Label/value rows. Values are page-derived and rendered as text only. */
export function FactsTable({ rows, caption }: { rows: FactRow[]; caption: string }) {
  const shown = rows.filter((r) => r.value !== undefined && r.value !== null && r.value !== '');
  return (
    <table class="facts">
      <caption>{caption}</caption>
      <tbody>
        {shown.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td class={row.code ? 'code' : undefined}>{String(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
