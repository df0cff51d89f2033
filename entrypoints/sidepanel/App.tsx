/**
 * The side panel beside an official form: the pack of one draft for one channel, each field with
 * its own Copy button, Copy all, what the user must do, and "Fill the visible fields". Extension UI
 * only: nothing is drawn into the page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { NotOfficial } from '@/components/NotOfficial';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { channelById } from '@/utils/channels/registry';
import { routeOfDraft } from '@/utils/channels/route-of';
import { inLang } from '@/utils/localized';
import { buildPack } from '@/utils/handoff/pack';
import { GateVerdict } from '@/components/handoff/GateVerdict';
import { parsePanelFragment, type PanelParams } from '@/utils/handoff/panel-params';
import type { FillReport, LeftReason, RefusedReason } from '@/utils/handoff/fill-form';
import type { Pack, ReporterIdentity } from '@/utils/handoff/types';
import { evidenceItems } from '@/utils/handoff/context';
import { recordHandoffAction } from '@/utils/db/handoffs';
import type { Artefact, Draft } from '@/utils/report/draft';
import { useDraft } from '../composer/useDraft';
import { useDoorsOf } from '../composer/useCountry';
import { loadCountry } from '@/utils/channels/eu/load';
import { useNoticeIdentity, useTextLanguage } from '../composer/useSettingsTexts';
import { otherLanguage } from '@/utils/channels/language';
import { canFill, fillForm, type FillOutcome } from './fill';
import type { Lang } from '@/utils/localized';

const LEFT_REASON: Record<LeftReason, MessageKey> = {
  consent: 'panelLeftConsent',
  choice: 'panelLeftChoice',
  captcha: 'panelLeftCaptcha',
  file: 'panelLeftFile',
  required: 'panelLeftRequired',
  kept: 'panelLeftKept',
  submit: 'panelLeftSubmit',
  custom: 'panelLeftCustom',
};

const REFUSED: Record<RefusedReason, MessageKey> = {
  'too-long': 'panelRefusedTooLong',
  'too-short': 'panelRefusedTooShort',
  pattern: 'panelRefusedPattern',
  type: 'panelRefusedType',
  range: 'panelRefusedRange',
  step: 'panelRefusedType',
};

/** What to shorten or change so that the form takes a value, in the panel's language. */
function refusedText(r: FillReport['refused'][number]): string {
  if (r.reason === 'too-long' || r.reason === 'too-short')
    return t(REFUSED[r.reason], [String(r.length), String(r.limit ?? 0), String(Math.abs(r.length - (r.limit ?? 0)))]);
  if (r.reason === 'range') return t('panelRefusedRange', [r.min ?? '—', r.max ?? '—']);
  return t(REFUSED[r.reason]);
}

/** The member state of another country's door named in the panel's address (`de-hotline` → DE), if any. */
function doorCountryOf(hash: string): string | null {
  const channel = /(?:^#?|&)channel=([a-z]{2})-/.exec(hash);
  return channel ? channel[1]!.toUpperCase() : null;
}

export function App() {
  const [params, setParams] = useState(() => parsePanelFragment(location.hash));
  // Another member state's door is known once its country's doors are loaded (a separate chunk).
  const [loadingDoors, setLoadingDoors] = useState(() => params === null && doorCountryOf(location.hash) !== null);
  useEffect(() => {
    const read = () => {
      const code = doorCountryOf(location.hash);
      if (parsePanelFragment(location.hash) !== null || code === null)
        return setParams(parsePanelFragment(location.hash));
      setLoadingDoors(true);
      void loadCountry(code)
        .catch(() => null)
        .then(() => {
          setParams(parsePanelFragment(location.hash));
          setLoadingDoors(false);
        });
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  if (!params && loadingDoors) return <Shell>{<p class="muted">{t('loading')}</p>}</Shell>;
  if (!params)
    return (
      <Shell>
        {/^#?$/.test(location.hash) ? (
          // Opened without a report (Firefox's sidebar before the form's tab, Chrome's panel menu).
          <p class="muted" data-testid="panel-empty">
            {t('panelEmpty')}
          </p>
        ) : (
          <p class="error" role="alert" data-testid="panel-bad-link">
            {t('panelBadLink')}
          </p>
        )}
      </Shell>
    );
  return <PackLoader key={`${params.draftId}/${params.channelId}/${params.tabId}`} params={params} />;
}

function Shell(props: { children: preact.ComponentChildren }) {
  return (
    <main class="panel">
      <NotOfficial />
      {props.children}
    </main>
  );
}

function PackLoader({ params }: { params: PanelParams }) {
  const { state } = useDraft(params.draftId);
  if (state.kind === 'loading') return <Shell>{<p class="muted">{t('loading')}</p>}</Shell>;
  if (state.kind === 'missing') return <Shell>{<p class="error">{t('draftMissing')}</p>}</Shell>;
  if (state.kind === 'error')
    return (
      <Shell>
        <p class="error" role="alert">
          {t('panelLoadFailed')}
        </p>
      </Shell>
    );
  return <DoorsGate params={params} draft={state.draft} artefacts={state.artefacts} />;
}

/** The route of a draft for another member state needs that country's doors: loaded first. */
function DoorsGate(props: { params: PanelParams; draft: Draft; artefacts: Artefact[] }) {
  const ready = useDoorsOf(props.draft.qualification.country);
  if (!ready) return <Shell>{<p class="muted">{t('loading')}</p>}</Shell>;
  return <PackView {...props} />;
}

function packOf(
  params: PanelParams,
  draft: Draft,
  artefacts: Artefact[],
  identity: ReporterIdentity | null,
  lang: Lang,
): Pack | null {
  const result = routeOfDraft(draft);
  if (result === null) return null;
  return buildPack({
    draft,
    route: result,
    channelId: params.channelId,
    lang,
    identity,
    evidence: evidenceItems(artefacts),
  });
}

function PackView({ params, draft, artefacts }: { params: PanelParams; draft: Draft; artefacts: Artefact[] }) {
  const identity = useNoticeIdentity();
  // The texts sent go out in the language the user chose in the settings, as in the composer
  // (`buildPack` then gives each channel its own: French for every French service).
  const lang = useTextLanguage();
  const pack = useMemo(
    () => packOf(params, draft, artefacts, identity, lang),
    [params, draft, artefacts, identity, lang],
  );
  // The same pack in the other language: the filler picks a form's options in the form's own.
  const other = useMemo(
    () => packOf(params, draft, artefacts, identity, otherLanguage(lang)),
    [params, draft, artefacts, identity, lang],
  );
  const [live, setLive] = useState('');
  const [fill, setFill] = useState<FillOutcome | 'running' | null>(null);
  if (!pack)
    return (
      <Shell>
        <p class="notice" data-testid="panel-no-category">
          {t('panelNoCategory')}
        </p>
      </Shell>
    );
  const formUrl = channelById[params.channelId].url;
  const fillable = pack.mode === 'form' && canFill(formUrl);

  const copy = (text: string, what: string) => {
    navigator.clipboard.writeText(text).then(
      () => {
        setLive(t('panelCopied', what));
        void recordHandoffAction(draft.id, params.channelId, 'copied', pack.verdict).catch(() => undefined);
      },
      () => setLive(t('panelCopyFailed')),
    );
  };
  const onFill = () => {
    if (!formUrl) return;
    // Synchronous first: the permission request needs the click's user gesture.
    const outcome = fillForm(pack, formUrl, params.tabId, other);
    setFill('running');
    void outcome.then((result) => {
      setFill(result);
      // Only fields actually filled count as a hand-off; the user still sends the form themselves.
      if (result.kind === 'done')
        void recordHandoffAction(draft.id, params.channelId, 'filled', pack.verdict).catch(() => undefined);
    });
  };

  return (
    <Shell>
      <h1 data-testid="pack-title">{pack.title}</h1>
      <GateVerdict pack={pack} channelName={inLang(channelById[params.channelId].name, uiLanguage())} />
      <p aria-live="polite" role="status" class="live" data-testid="live">
        {live}
      </p>
      {/* The fill action first, in sight in a 900 px panel; then what was filled and what is left; then the fields. */}
      <section>
        <h2>{t('panelFillHeading')}</h2>
        {fillable ? (
          <>
            <p class="muted small">{t('panelFillHelp', new URL(formUrl).host)}</p>
            <button type="button" class="primary" data-testid="fill" disabled={fill === 'running'} onClick={onFill}>
              {t('panelFill')}
            </button>
            <FillResult outcome={fill} host={new URL(formUrl).host} />
          </>
        ) : (
          <p class="muted" data-testid="fill-unavailable">
            {t('panelFillUnavailable')}
          </p>
        )}
      </section>
      <section>
        <h2>{t('panelFieldsHeading')}</h2>
        <dl class="pack-fields">
          {pack.fields.map((field) => (
            // The label and its Copy button on one line, the value under them at the panel's full width.
            <div key={field.key} class="pack-field" data-testid={`field-${field.key}`}>
              <dt>
                <span class="label">{field.label}</span>
                {field.value && (
                  <button
                    type="button"
                    class="small"
                    data-testid={`copy-${field.key}`}
                    aria-label={t('panelCopyField', field.label)}
                    onClick={() => copy(field.value, field.label)}
                  >
                    {t('panelCopy')}
                  </button>
                )}
              </dt>
              <dd>
                <span class="value" data-testid="value">
                  {field.value || t('panelEmptyValue')}
                </span>
                {field.note && <span class="muted small note">{field.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
        <button type="button" data-testid="copy-all" onClick={() => copy(pack.plainText, t('panelEverything'))}>
          {t('panelCopyAll')}
        </button>
      </section>
      {pack.script && (
        <section>
          <h2>{t('panelScriptHeading')}</h2>
          <p class="script">{pack.script}</p>
        </section>
      )}
      {pack.steps.length > 0 && (
        <section>
          <h2>{t('panelStepsHeading')}</h2>
          <ol data-testid="steps">
            {pack.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </section>
      )}
    </Shell>
  );
}

export function FillResult({ outcome, host }: { outcome: FillOutcome | 'running' | null; host: string }) {
  if (outcome === null) return null;
  if (outcome === 'running') return <p class="muted">{t('panelFillRunning')}</p>;
  if (outcome.kind === 'denied')
    return (
      <p class="error" role="alert" data-testid="fill-result" data-result="denied">
        {t('panelFillDenied')}
      </p>
    );
  if (outcome.kind === 'wrong-page')
    return (
      <p class="error" role="alert" data-testid="fill-result" data-result="wrong-page">
        {t('panelFillWrongPage', host)}
      </p>
    );
  if (outcome.kind === 'failed')
    return (
      <p class="error" role="alert" data-testid="fill-result" data-result="failed">
        {t('panelFillFailed')}
      </p>
    );
  const report = outcome.report;
  return (
    <div data-testid="fill-result" data-result={outcome.kind} role="status">
      {outcome.kind === 'nothing' ? (
        <p class="notice">{t('panelFillNothing')}</p>
      ) : (
        <p class="notice">{t('panelFillDone', String(report?.filled.length ?? 0))}</p>
      )}
      {report && report.filled.length > 0 && (
        <ul data-testid="filled">
          {report.filled.map((f, i) => (
            <li key={i} data-key={f.key} data-status="filled">
              {f.label}
            </li>
          ))}
        </ul>
      )}
      {report && report.refused.length > 0 && (
        <>
          <h3>{t('panelRefusedHeading')}</h3>
          <ul data-testid="refused">
            {report.refused.map((r, i) => (
              <li key={i} data-key={r.key} data-reason={r.reason} data-status="refused">
                <strong>{r.label}</strong> — {refusedText(r)}
              </li>
            ))}
          </ul>
        </>
      )}
      {report && report.nextStep && <p class="muted">{t('panelFillHidden')}</p>}
      {report && report.leftForUser.length > 0 && (
        <>
          <h3>{t('panelLeftHeading')}</h3>
          <ul data-testid="left-for-user">
            {report.leftForUser.map((l, i) => (
              <li key={i} data-reason={l.reason}>
                {l.reason === 'submit' && l.label ? t('panelLeftSubmitButton', l.label) : t(LEFT_REASON[l.reason])}
                {l.reason !== 'submit' && l.label && ` — ${l.label}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {report && report.unmatched.length > 0 && (
        <>
          <h3>{t('panelUnmatchedHeading')}</h3>
          <ul data-testid="unmatched">
            {report.unmatched.map((u, i) => (
              <li key={i} data-key={u.key} data-status="left">
                {u.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
