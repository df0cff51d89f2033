import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface CategoryOption {
  id: string;
  label: string;
  description: string;
  examples: string[];
}

/**
 * The common categories first, one click each; every other category behind "see all". The
 * selected one shows its plain-language description and examples.
 */
export function CategoryPicker(props: {
  common: CategoryOption[];
  others: CategoryOption[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const selectedIsOther = props.others.some((o) => o.id === props.selected);
  const [all, setAll] = useState(selectedIsOther);
  const shown = all ? [...props.common, ...props.others] : props.common;
  const current = [...props.common, ...props.others].find((c) => c.id === props.selected);
  return (
    <fieldset class="categories" data-testid="category-picker">
      <legend>{t('categoryQuestion')}</legend>
      <div class="chips">
        {shown.map((c) => (
          <button
            key={c.id}
            type="button"
            class="chip"
            aria-pressed={c.id === props.selected}
            title={c.description}
            onClick={() => props.onSelect(c.id)}
            data-category={c.id}
          >
            {c.label}
          </button>
        ))}
        <button type="button" class="link" onClick={() => setAll(!all)} data-testid="category-more">
          {all ? t('categoryLess') : t('categoryMore')}
        </button>
      </div>
      {current && (
        <div class="category-help" data-testid="category-help">
          <p>{current.description}</p>
          {current.examples.length > 0 && (
            <ul>
              {current.examples.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
