import { useEffect, useRef, useState } from 'preact/hooks';
import { DangerAction } from '@/components/qualify/DangerAction';
import { EmergencyScreen, type EmergencyNumber } from '@/components/qualify/EmergencyScreen';
import { CategoryPicker, type CategoryOption } from '@/components/qualify/CategoryPicker';
import { Stepper, StepNav, stepTitle, type StepNumber } from '@/components/qualify/Stepper';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { t, formatDateTime, uiLanguage, type MessageKey } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { categories, categoryById, isCategoryId, type CategoryId } from '@/utils/qualify/taxonomy';
import { channelById, isChannelId, type ChannelId } from '@/utils/channels/registry';
import { composerStepOf, composerUrl } from '@/utils/report/urls';
import type { ArtefactMeta, Draft, Qualification } from '@/utils/report/draft';
import { earlierReports } from '@/utils/report/handoffs';
import { useSettings } from './useSettings';
import { HourlyNote } from '@/components/HourlyNote';
import { lazy } from './lazy';
import { CountrySelect } from '@/components/qualify/CountrySelect';
import { countryName } from '@/utils/channels/eu/propose';
import { loadedCountry } from '@/utils/channels/eu/load';
import { nationalNumberId, slotId } from '@/utils/channels/eu/doors';
import type { MemberState } from '@/utils/channels/eu/country.schema';
import { useCountry } from './useCountry';

/** Where it goes (questions that change the route, then the doors): its own chunk. */
const LazyWhereItGoes = lazy(() => import('./WhereItGoes').then((m) => m.WhereItGoes), {
  fallback: () => <p class="muted">{t('loading')}</p>,
  failed: () => <p class="error">{t('saveFailed')}</p>,
});
/** Hand it over (description, packs, forms, references): its own chunk. */
const LazyHandOver = lazy(() => import('./HandOver').then((m) => m.HandOver), {
  fallback: () => <p class="muted">{t('loading')}</p>,
  failed: () => <p class="error">{t('saveFailed')}</p>,
});

/** One click each: what citizens report most. Every other category is one more click away. */
const COMMON: CategoryId[] = [
  'hate-incitement',
  'cyber-harassment',
  'threats',
  'terrorism',
  'online-scam',
  'phishing',
  'non-consensual-intimate-images',
  'child-sexual-abuse-material',
  'illegal-product-marketplace',
  'other',
];

/**
 * What a parent reports most about their child (from the answer, or the usual role in the
 * settings): grooming, sextortion, harassment and intimate images first, one click each.
 */
const PARENT_COMMON: CategoryId[] = [
  'grooming',
  'sextortion',
  'cyber-harassment',
  'non-consensual-intimate-images',
  'child-sexual-abuse-material',
  'minors-exposed-harmful-content',
  'threats',
  'hate-incitement',
  'online-scam',
  'other',
];

const EMERGENCY: { channel: ChannelId; when: MessageKey }[] = [
  { channel: 'police-17', when: 'emergency17' },
  { channel: 'emergency-112', when: 'emergency112' },
  { channel: 'child-in-danger-119', when: 'emergency119' },
  { channel: 'suicide-prevention-3114', when: 'emergency3114' },
];

/** The emergency numbers of another member state: 112 first, its national numbers, its child helpline. */
function emergencyNumbersAbroad(code: string, lang: 'fr' | 'en'): EmergencyNumber[] {
  const country = loadedCountry(code)?.country;
  const cc = country?.code;
  if (!country || cc === undefined || cc === 'FR') return [];
  // The doors' own ids (`eu/doors.ts`): a national number is named by its digits, never its place.
  const ids = [slotId(cc, 'emergency-112'), ...country.emergency.national.map((n) => nationalNumberId(cc, n.phone))];
  const when = [t('emergency112'), ...country.emergency.national.map((n) => n.for[lang])];
  const numbers = ids.flatMap((id, i) =>
    isChannelId(id)
      ? [{ number: channelById[id].phone ?? '', name: inLang(channelById[id].name, lang), when: when[i]! }]
      : [],
  );
  const child = slotId(cc, 'child-helpline');
  if (isChannelId(child) && channelById[child].phone)
    numbers.push({
      number: channelById[child].phone!,
      name: inLang(channelById[child].name, lang),
      when: t('emergencyChildHelpline'),
    });
  return numbers.filter((n) => n.number);
}

/** « Pays : France · changer »: a statement with its change control, never a question to answer. */
function CountryLine(props: { country: MemberState; onChange: (code: MemberState) => void }) {
  const lang = uiLanguage();
  const [changing, setChanging] = useState(false);
  return (
    <p class="muted country-line" data-testid="country">
      {t('countryStatement', countryName(props.country, lang))}
      {' · '}
      {changing ? (
        <CountrySelect
          id="country-select"
          label={t('settingsCountry')}
          lang={lang}
          value={props.country}
          onChange={(code) => {
            setChanging(false);
            props.onChange(code);
          }}
        />
      ) : (
        <button type="button" class="link" data-testid="country-change" onClick={() => setChanging(true)}>
          {t('countryChange')}
        </button>
      )}
    </p>
  );
}

/** The step and the door chosen, kept in the page's history entry: a reload comes back to them. */
interface StepState {
  step: StepNumber;
  channel: ChannelId | null;
}
const STATE_KEY = 'vigieComposerStep';

function readStepState(): Partial<StepState> {
  const held: unknown = (history.state as Record<string, unknown> | null)?.[STATE_KEY];
  // A link may open the composer on a step (the batch page's "write its description" opens « Le transmettre »).
  if (!held || typeof held !== 'object') return composerStepOf(location.search) === 'hand-over' ? { step: 3 } : {};
  const { step, channel } = held as Record<string, unknown>;
  return {
    ...(step === 1 || step === 2 || step === 3 ? { step } : {}),
    ...(typeof channel === 'string' && isChannelId(channel) ? { channel } : {}),
  };
}

function useStep(hasCategory: boolean) {
  const [state, setState] = useState<StepState>(() => {
    const held = readStepState();
    return { step: held.step ?? (hasCategory ? 2 : 1), channel: held.channel ?? null };
  });
  const moved = useRef(false);
  const go = (step: StepNumber, channel: ChannelId | null = state.channel) => {
    moved.current = true;
    const next = { step, channel };
    history.replaceState({ ...(history.state as object | null), [STATE_KEY]: next }, '');
    setState(next);
  };
  // Without a category there is nowhere to go yet: the first step.
  const step: StepNumber = hasCategory ? state.step : 1;
  return { step, channel: state.channel, go, moved };
}

export function Qualify(props: { draft: Draft; artefacts: ArtefactMeta[]; onChanged: () => void }) {
  const { draft } = props;
  const lang = uiLanguage();
  const q = draft.qualification;
  const [error, setError] = useState<string | null>(null);
  const [purged, setPurged] = useState<number | null>(null);
  const [others, setOthers] = useState<Draft[]>([]);

  useEffect(() => {
    draftsRepository
      .sameContent(draft)
      .then(setOthers)
      .catch(() => setOthers([]));
  }, [draft.id]);
  // "Already reported" only for content actually handed off; an earlier unsent draft is offered instead.
  const { handedOff: sent, unsent: unsentAll } = earlierReports(draft, others);
  const unsent = unsentAll.filter((o) => o.createdAt < draft.createdAt);

  const save = async (patch: Partial<Qualification>) => {
    setError(null);
    try {
      // CSAM rule: the repository applies it in the same transaction as the answers. If they make
      // this report link-only, every capture of it is deleted and every open page of it told.
      const result = await draftsRepository.qualify(draft.id, patch);
      if (!draftIsLinkOnly(draft) && draftIsLinkOnly(result.draft)) setPurged(result.purged);
      props.onChanged();
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
    }
  };

  // Arriving from the link-only menu entry: the category is already known.
  useEffect(() => {
    if (draft.csam && q.categoryId === null) void save({ categoryId: 'child-sexual-abuse-material' });
  }, [draft.id]);

  const option = (id: CategoryId): CategoryOption => {
    const c = categoryById[id];
    return { id, label: c.label[lang], description: c.description[lang], examples: c.examples[lang] };
  };
  const categoryId = q.categoryId && isCategoryId(q.categoryId) ? q.categoryId : null;
  // The chips that fit who is reporting: a parent sees what happens to children first.
  const settings = useSettings();
  const common = q.role === 'parent' || (q.role === null && settings?.role === 'parent') ? PARENT_COMMON : COMMON;
  const emergencyPending = q.danger === true && !q.emergencyAcknowledgedAt;
  const { step, channel, go, moved } = useStep(categoryId !== null);
  const reachable = (n: StepNumber) => n === 1 || (categoryId !== null && !emergencyPending);

  // The step's heading takes the focus when the user moved (never on load): a screen reader
  // hears where they are.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const country = useCountry(draft, settings);
  // A report not handed to anyone yet follows the reporter's country; France is the default, never written.
  const follows = draft.handoffs.length === 0 && q.goodFaithAt === null;
  useEffect(() => {
    if (settings && follows && q.country === undefined && country.shown !== 'FR') void save({ country: country.shown });
  }, [draft.id, settings, country.shown]);
  const changeCountry = (code: MemberState) => {
    void save({ country: code });
    // The choice is the user's country from now on.
    void import('@/utils/db/settings-repo').then((m) => m.writeSettings({ country: code })).catch(() => undefined);
  };

  const numbers: EmergencyNumber[] =
    country.shown === 'FR'
      ? EMERGENCY.map(({ channel: id, when }) => ({
          number: channelById[id].phone ?? '',
          name: inLang(channelById[id].name, lang),
          when: t(when),
        })).filter((n) => n.number)
      : emergencyNumbersAbroad(country.shown, lang);

  return (
    <section class="qualify" data-testid="qualify" data-step={step}>
      <h2 class="sr-only">{t('qualifyHeading')}</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {sent.length > 0 && (
        <div class="notice" role="status" data-testid="duplicate">
          <strong>{t('duplicateTitle')}</strong>
          <p>
            {t('duplicateBody', [
              formatDateTime(sent[0]!.handoffs[0]!.at),
              sent[0]!.handoffs
                .map((h) => (isChannelId(h.channelId) ? inLang(channelById[h.channelId].name, lang) : h.channelId))
                .join(', '),
            ])}
          </p>
          <a href={composerUrl(sent[0]!.draft.id)} target="_blank" rel="noopener">
            {t('duplicateOpen')}
          </a>
        </div>
      )}
      {sent.length === 0 && unsent.length > 0 && (
        <div class="notice" role="status" data-testid="duplicate-unsent">
          <strong>{t('duplicateUnsentTitle')}</strong>
          <p>{t('duplicateUnsentBody', formatDateTime(unsent[0]!.createdAt))}</p>
          <a href={composerUrl(unsent[0]!.id)} data-testid="duplicate-continue">
            {t('duplicateContinue')}
          </a>
        </div>
      )}

      <HourlyNote />

      <CountryLine country={country.shown} onChange={changeCountry} />
      {/* In sight at every step: someone in danger is one click from the numbers to call. */}
      <DangerAction pressed={q.danger === true} onChange={(danger) => void save({ danger })} />
      {q.danger === true && (
        <EmergencyScreen
          numbers={numbers}
          acknowledged={!emergencyPending}
          onAcknowledge={() => void save({ emergencyAcknowledgedAt: new Date().toISOString() })}
        />
      )}

      {!emergencyPending && (
        <>
          <Stepper current={step} reachable={reachable} onGo={(n) => go(n)} />
          <h2 class="step-title" tabIndex={-1} ref={heading} data-testid="step-title">
            {stepTitle(step)}
          </h2>
          {step > 1 && categoryId && (
            <p class="muted inferred" data-testid="chosen-category">
              {t('chosenCategory', categoryById[categoryId].label[lang])}{' '}
              <button type="button" class="link" onClick={() => go(1)} data-testid="chosen-category-change">
                {t('roleInferredChange')}
              </button>
            </p>
          )}
          {purged !== null && (
            <p class="notice" role="status" data-testid="purged">
              {t('csamPurged')}
            </p>
          )}
          {step === 1 && (
            <>
              <CategoryPicker
                common={common.map(option)}
                others={categories.filter((c) => !common.includes(c.id)).map((c) => option(c.id))}
                selected={categoryId}
                onSelect={(id) => {
                  // A chip is the step's answer: the next step follows.
                  void save({ categoryId: id }).then(() => go(2));
                }}
              />
              {categoryId === null && <p class="muted small">{t('stepNeedsCategory')}</p>}
            </>
          )}
          {step > 1 && categoryId && country.missing && (
            <p class="notice" role="status" data-testid="country-missing">
              {t('countryMissing')}
            </p>
          )}
          {step > 1 && categoryId && !country.ready && !country.missing && <p class="muted">{t('loading')}</p>}
          {step === 2 && categoryId && country.ready && !country.missing && (
            <LazyWhereItGoes
              draft={draft}
              save={save}
              onChanged={props.onChanged}
              onChoose={(id: ChannelId) => {
                // "Report to …" says the user reports in good faith (said beside the button).
                const confirm = q.goodFaithAt === null ? save({ goodFaithAt: new Date().toISOString() }) : null;
                void Promise.resolve(confirm).then(() => go(3, id));
              }}
            />
          )}
          {step === 3 && categoryId && country.ready && !country.missing && (
            <LazyHandOver
              draft={draft}
              artefacts={props.artefacts}
              chosen={channel}
              save={save}
              onChanged={props.onChanged}
            />
          )}
          <StepNav current={step} reachable={reachable} onGo={(n) => go(n)} />
        </>
      )}
    </section>
  );
}
