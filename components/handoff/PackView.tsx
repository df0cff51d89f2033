import type { Pack } from '@/utils/handoff/types';
import { t } from '@/utils/i18n';

/**
 * One channel's report pack: every field with its own copy button, "copy all", what the user must
 * still do themselves and, for a phone line, what to say. Copying is the parent's job (`onCopy`),
 * which announces the result in `status` (read by screen readers).
 */
export function PackView(props: { pack: Pack; onCopy: (text: string, what: string) => void; status: string }) {
  const { pack } = props;
  return (
    <section class="pack" data-testid="pack" data-channel={pack.channelId} aria-label={pack.title}>
      {pack.script && (
        <div class="script" data-testid="pack-script">
          <h4>{t('packScript')}</h4>
          <p>{pack.script}</p>
        </div>
      )}
      {pack.steps.length > 0 && (
        <ol class="pack-steps" data-testid="pack-steps">
          {pack.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      )}
      <dl class="pack-fields">
        {pack.fields.map((f) => (
          <div key={f.key} class="pack-field" data-field={f.key}>
            <dt>{f.label}</dt>
            <dd>
              {f.value ? <pre class="value">{f.value}</pre> : <span class="muted">{f.note ?? t('packEmpty')}</span>}
              {f.value && f.note && <span class="muted small">{f.note}</span>}
              {f.value && (
                <button
                  type="button"
                  class="small"
                  data-testid={`copy-${f.key}`}
                  aria-label={t('packCopyField', f.label)}
                  onClick={() => props.onCopy(f.value, f.label)}
                >
                  {t('packCopy')}
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="copy-all"
          onClick={() => props.onCopy(pack.plainText, t('packAll'))}
        >
          {t('packCopyAll')}
        </button>
        <span role="status" aria-live="polite" class="muted small" data-testid="copy-status">
          {props.status}
        </span>
      </div>
    </section>
  );
}
