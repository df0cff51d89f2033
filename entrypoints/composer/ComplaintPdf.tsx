/**
 * "PDF for a complaint": once the report is qualified, builds the printable summary and saves it
 * through the browser's own download (an object URL and `<a download>`: no permission, nothing
 * sent). The PDF code and its library are loaded only on the click, so the composer opens fast;
 * the fonts are files of the extension itself (no external request).
 */
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '@/utils/i18n';
import { exportFileName } from '@/utils/export/file-name';
import { outputLanguage } from '@/utils/channels/language';
import { channelById } from '@/utils/channels/registry';
import { hasRedactedImage, type PdfImageChoice } from '@/utils/export/pdf-images';
import type { Artefact, Draft } from '@/utils/report/draft';
import { saveFile } from '@/components/save-file';

export function ComplaintPdf(props: { draft: Draft; artefacts: Artefact[] }) {
  const { draft, artefacts } = props;
  const redacted = hasRedactedImage(artefacts);
  const [choice, setChoice] = useState<PdfImageChoice | null>(null);
  const [state, setState] = useState<{ kind: 'idle' | 'building' | 'done' | 'error'; text?: string }>({
    kind: 'idle',
  });
  if (draft.qualification.categoryId === null) return null;
  // The repository makes a draft URL-only (and deletes its images) as soon as its answers make it
  // link-only; the PDF module applies the full rule again whatever it is given.
  const linkOnly = draftIsLinkOnly(draft);
  const image: PdfImageChoice = choice ?? (redacted ? 'redacted' : 'original');
  // The PDF is brought to French police, gendarmerie or prosecutor: it is written in French.
  const lang = outputLanguage(channelById.complaint, uiLanguage());

  const build = async () => {
    setState({ kind: 'building' });
    try {
      // Loaded on the click: the PDF library, the fonts, and the optional identity from the settings.
      const [{ buildComplaintPdf }, settings, fonts] = await Promise.all([
        import('@/utils/export/pdf'),
        import('@/utils/db/settings-repo'),
        import('@/utils/export/pdf-fonts').then((m) => m.loadPdfFonts()),
      ]);
      // Unreadable settings: the PDF says "anonymous", as when no identity was given.
      const identity = await settings.readSettings().then(settings.identityForNotices, () => null);
      const bytes = await buildComplaintPdf({
        draft,
        artefacts,
        lang,
        image: linkOnly ? 'none' : image,
        fonts,
        identity,
      });
      const name = exportFileName({ id: draft.id, capturedAt: draft.observed.capturedAt }, 'pdf', lang);
      saveFile(bytes, name, 'application/pdf');
      setState({ kind: 'done', text: t('pdfDone', name) });
    } catch (error) {
      setState({ kind: 'error', text: t('pdfFailed', error instanceof Error ? error.message : '') });
    }
  };

  return (
    <section data-testid="complaint-pdf">
      <h3>{t('pdfHeading')}</h3>
      <p class="muted">{t('pdfHint')}</p>
      {linkOnly ? (
        <p class="notice">{t('pdfLinkOnly')}</p>
      ) : (
        redacted && (
          <fieldset data-testid="pdf-image-choice">
            <legend>{t('pdfImageLegend')}</legend>
            {(
              [
                ['redacted', 'pdfImageRedacted'],
                ['original', 'pdfImageOriginal'],
                ['none', 'pdfImageNone'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} class="row">
                <input
                  type="radio"
                  name="pdf-image"
                  value={value}
                  checked={image === value}
                  onChange={() => setChoice(value)}
                />
                {t(label)}
              </label>
            ))}
          </fieldset>
        )
      )}
      <div class="row">
        <button
          type="button"
          onClick={() => void build()}
          disabled={state.kind === 'building'}
          data-testid="pdf-button"
        >
          {t('pdfButton')}
        </button>
        {state.kind === 'building' && (
          <span role="status" data-testid="pdf-progress">
            <progress /> {t('pdfBuilding')}
          </span>
        )}
        {state.kind === 'done' && (
          <span role="status" class="muted" data-testid="pdf-done">
            {state.text}
          </span>
        )}
        {state.kind === 'error' && (
          <span role="alert" class="error" data-testid="pdf-error">
            {state.text}
          </span>
        )}
      </div>
    </section>
  );
}
