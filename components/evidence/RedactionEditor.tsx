import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import {
  applyKeyCommand,
  canAddRegion,
  newRegion,
  regionFromPoints,
  regionKeyCommand,
  REDACTION_MAX_REGIONS,
  type ImageSize,
  type RedactionMode,
  type RedactionRegion,
} from '@/utils/export/redact';

const modeLabels: Record<RedactionMode, MessageKey> = { blur: 'redactModeBlur', black: 'redactModeBlack' };
const modeLabel = (mode: RedactionMode) => t(modeLabels[mode]);

/** "Region 2 (blur): x 10, y 20, 300 × 40 px": what the list shows and what is announced. */
const describe = (r: RedactionRegion, index: number) =>
  t('redactRegionLabel', [
    String(index + 1),
    modeLabel(r.mode),
    String(r.x),
    String(r.y),
    String(r.width),
    String(r.height),
  ]);

const percent = (value: number, of: number) => `${(value / of) * 100}%`;

/**
 * Draws the rectangles to hide on a screenshot. Presentational: it holds the rectangles being
 * edited and hands them to `onSave`; making the redacted copy is the caller's job.
 *
 * Pointer: drag on the image to draw a rectangle; click one to select it. Keyboard: "Add a
 * region" creates one and focuses it in the list; on a focused region, arrows move it (1 px,
 * Shift: 10 px), Alt or Ctrl + arrows resize it, Delete or Backspace removes it (see
 * `utils/export/redact.ts`). Every change is announced in a live region.
 */
export function RedactionEditor(props: {
  src: string;
  alt: string;
  /** The image's own size in pixels: regions are in these pixels. */
  size: ImageSize;
  saving: boolean;
  error?: string | null;
  onSave: (regions: RedactionRegion[]) => void;
  onCancel: () => void;
}) {
  const { size } = props;
  const [regions, setRegions] = useState<RedactionRegion[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [mode, setMode] = useState<RedactionMode>('blur');
  const [announcement, setAnnouncement] = useState('');
  const [drawing, setDrawing] = useState<{ from: { x: number; y: number }; to: { x: number; y: number } } | null>(null);
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);

  // Focus follows the keyboard's work: the region just added, or what is left after a removal.
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addButton.current?.focus();
    else items.current[focusTarget]?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const add = (region: RedactionRegion | null, focus: boolean) => {
    if (!region) return setAnnouncement(t('redactFull', String(REDACTION_MAX_REGIONS)));
    const index = regions.length;
    setRegions([...regions, region]);
    setSelected(index);
    setAnnouncement(`${t('redactAdded')} ${describe(region, index)}`);
    if (focus) setFocusTarget(index);
  };

  const remove = (index: number) => {
    const gone = regions[index]!;
    const rest = regions.filter((_, i) => i !== index);
    setRegions(rest);
    setSelected(rest.length ? Math.min(index, rest.length - 1) : null);
    setAnnouncement(`${t('redactRemoved')} ${describe(gone, index)}`);
    setFocusTarget(rest.length ? Math.min(index, rest.length - 1) : 'add');
  };

  const replace = (index: number, region: RedactionRegion) => {
    setRegions(regions.map((r, i) => (i === index ? region : r)));
    setAnnouncement(describe(region, index));
  };

  const onItemKey = (index: number, event: KeyboardEvent) => {
    const command = regionKeyCommand(event);
    if (!command) return;
    event.preventDefault();
    if (command.kind === 'delete') return remove(index);
    replace(index, applyKeyCommand(regions[index]!, command, size));
  };

  /** A pointer position in image pixels. */
  const toImage = (event: PointerEvent) => {
    const box = stage.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / (box.width || 1)) * size.width,
      y: ((event.clientY - box.top) / (box.height || 1)) * size.height,
    };
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !canAddRegion(regions)) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    const at = toImage(event);
    setDrawing({ from: at, to: at });
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drawing) setDrawing({ ...drawing, to: toImage(event) });
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drawing) return;
    const end = toImage(event);
    setDrawing(null);
    const box = stage.current!.getBoundingClientRect();
    // A click (under 3 screen pixels of travel) draws nothing.
    const travel = Math.max(
      (Math.abs(end.x - drawing.from.x) * box.width) / size.width,
      (Math.abs(end.y - drawing.from.y) * box.height) / size.height,
    );
    if (travel < 3) return;
    add(regionFromPoints(drawing.from, end, mode, size), false);
  };

  const preview = drawing && regionFromPoints(drawing.from, drawing.to, mode, size);
  const box = (r: RedactionRegion) => ({
    left: percent(r.x, size.width),
    top: percent(r.y, size.height),
    width: percent(r.width, size.width),
    height: percent(r.height, size.height),
  });

  return (
    <section class="redact" aria-labelledby="redact-heading" data-testid="redaction-editor">
      <h3 id="redact-heading">{t('redactHeading')}</h3>
      <p class="muted" id="redact-help">
        {t('redactHelp')}
      </p>
      <div
        class="redact-stage"
        ref={stage}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrawing(null)}
      >
        <img src={props.src} alt={props.alt} draggable={false} />
        {regions.map((r, i) => (
          <div
            key={i}
            class={`redact-region ${r.mode}${i === selected ? ' selected' : ''}`}
            style={box(r)}
            aria-hidden="true"
            data-testid="redact-box"
            onPointerDown={(event) => {
              event.stopPropagation();
              setSelected(i);
            }}
          />
        ))}
        {preview && <div class={`redact-region ${preview.mode} drawing`} style={box(preview)} aria-hidden="true" />}
      </div>

      <div class="row">
        <label>
          {t('redactNewMode')}{' '}
          <select
            value={mode}
            onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value === 'black' ? 'black' : 'blur')}
            data-testid="redact-mode"
          >
            <option value="blur">{modeLabel('blur')}</option>
            <option value="black">{modeLabel('black')}</option>
          </select>
        </label>
        <button
          type="button"
          ref={addButton}
          onClick={() => add(newRegion(regions, mode, size), true)}
          disabled={!canAddRegion(regions)}
          data-testid="redact-add"
        >
          {t('redactAdd')}
        </button>
      </div>

      {regions.length === 0 ? (
        <p class="muted">{t('redactNone')}</p>
      ) : (
        <ul class="redact-regions" aria-label={t('redactListLabel')}>
          {regions.map((r, i) => (
            <li key={i} class={i === selected ? 'selected' : ''}>
              <button
                type="button"
                class="redact-item"
                ref={(el) => {
                  items.current[i] = el;
                }}
                aria-pressed={i === selected}
                aria-describedby="redact-help"
                onFocus={() => setSelected(i)}
                onClick={() => setSelected(i)}
                onKeyDown={(event) => onItemKey(i, event)}
                data-testid="redact-region"
              >
                {describe(r, i)}
              </button>
              <select
                aria-label={t('redactModeOf', String(i + 1))}
                value={r.mode}
                onChange={(e) =>
                  replace(i, {
                    ...r,
                    mode: (e.currentTarget as HTMLSelectElement).value === 'black' ? 'black' : 'blur',
                  })
                }
              >
                <option value="blur">{modeLabel('blur')}</option>
                <option value="black">{modeLabel('black')}</option>
              </select>
              <button type="button" onClick={() => remove(i)} data-testid="redact-delete">
                {t('redactDelete', String(i + 1))}
              </button>
            </li>
          ))}
        </ul>
      )}

      <p class="redact-live" role="status" aria-live="polite" data-testid="redact-live">
        {announcement}
      </p>

      <div class="row">
        <button
          type="button"
          onClick={() => props.onSave(regions)}
          disabled={regions.length === 0 || props.saving}
          data-testid="redact-save"
        >
          {props.saving ? t('redactSaving') : t('redactSave')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.saving} data-testid="redact-cancel">
          {t('redactCancel')}
        </button>
        {props.error && (
          <span class="error" role="alert">
            {props.error}
          </span>
        )}
      </div>
    </section>
  );
}
