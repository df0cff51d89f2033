import { useEffect, useState } from 'preact/hooks';
import { RedactionEditor } from '@/components/evidence/RedactionEditor';
import { ScreenshotViewer } from '@/components/ScreenshotViewer';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { normalizeRegions, redactArtefact, type ImageSize, type RedactionRegion } from '@/utils/export/redact';
import { t } from '@/utils/i18n';
import type { Artefact, Draft } from '@/utils/report/draft';

/**
 * Makes a redacted copy of one image artefact: the editor, then the copy (pixels destroyed, PNG)
 * stored as a new artefact linked to the original (`addDerivedArtefact`). The original is never
 * changed. Never shown for a link-only draft (it has no image; the repository refuses anyway).
 */
export function Redact(props: {
  draft: Draft;
  original: Artefact;
  src: string;
  alt: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { original } = props;
  const [size, setSize] = useState<ImageSize | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The image's own pixel size, from its bytes (not from how the page lays it out).
  useEffect(() => {
    let alive = true;
    createImageBitmap(original.blob)
      .then((bitmap) => {
        if (alive) setSize({ width: bitmap.width, height: bitmap.height });
        bitmap.close();
      })
      .catch(() => alive && setError(t('redactFailed')));
    return () => {
      alive = false;
    };
  }, [original.id]);

  const save = async (regions: RedactionRegion[]) => {
    if (!size) return;
    const valid = normalizeRegions(regions, size);
    if (valid.length === 0) return;
    setSaving(true);
    setError(null);
    try {
      const blob = await redactArtefact(original.blob, valid);
      await draftsRepository.addDerivedArtefact(props.draft.id, original.id, blob, {
        originalSha256: original.sha256,
        regions: valid,
      });
      props.onSaved();
    } catch (e) {
      setSaving(false);
      setError(`${t('redactFailed')} ${e instanceof Error ? e.message : ''}`.trim());
    }
  };

  if (!size) return error ? <p class="error">{error}</p> : <p class="muted">{t('loading')}</p>;
  return (
    <RedactionEditor
      src={props.src}
      alt={props.alt}
      size={size}
      saving={saving}
      error={error}
      onSave={(regions) => void save(regions)}
      onCancel={props.onCancel}
    />
  );
}

/**
 * An original capture image with its redacted copies ("redacted copy of …") and the button that
 * opens the editor. Copies are made from originals only.
 */
export function RedactableImage(props: {
  draft: Draft;
  original: Artefact;
  copies: Artefact[];
  urls: Map<string, string>;
  alt: string;
  revealed: boolean;
  onToggle: () => void;
  onChanged: () => void;
}) {
  const { original } = props;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const src = props.urls.get(original.id);
  if (!src) return null;
  return (
    <div class="redactable" data-testid="redactable" data-artefact={original.id}>
      <ScreenshotViewer src={src} alt={props.alt} revealed={props.revealed} onToggle={props.onToggle} />
      {props.draft.mode === 'full' &&
        (editing ? (
          <Redact
            draft={props.draft}
            original={original}
            src={src}
            alt={props.alt}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              props.onChanged();
            }}
          />
        ) : (
          <p class="row">
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="redact-open"
            >
              {t('redactOpen')}
            </button>
            {saved && (
              <span role="status" data-testid="redact-saved">
                {t('redactSaved')}
              </span>
            )}
          </p>
        ))}
      {props.copies.map((copy) => {
        const url = props.urls.get(copy.id);
        return url ? (
          <div key={copy.id} class="redacted-copy" data-testid="redacted-copy" data-artefact={copy.id}>
            <p class="muted">{t('redactCopyOf', props.alt)}</p>
            <ScreenshotViewer
              src={url}
              alt={t('redactCopyOf', props.alt)}
              revealed={props.revealed}
              onToggle={props.onToggle}
            />
          </div>
        ) : null;
      })}
    </div>
  );
}
