import { useEffect, useState } from 'preact/hooks';
import { RedactionEditor } from '@/components/evidence/RedactionEditor';
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
