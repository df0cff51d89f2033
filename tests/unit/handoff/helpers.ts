import type { Pack } from '@/utils/handoff/types';

/** Every text a pack can put on the clipboard or in a form: plain text, fields (both languages), script, steps. */
export function everyText(pack: Pack): string {
  return [
    pack.title,
    pack.plainText,
    pack.script ?? '',
    ...pack.steps,
    ...pack.fields.flatMap((f) => [f.label, f.value, f.choice ?? '', f.note ?? '', f.alt?.value ?? '']),
  ].join('\n');
}

export const fieldOf = (pack: Pack, key: string) => pack.fields.find((f) => f.key === key);
