/**
 * CSV cells for the files Vigie writes (the history's table, the association export): a base
 * module, with no dependency, so the database and the export code share it.
 */

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` (OWASP "CSV injection"); then quoted, quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
