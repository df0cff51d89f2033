/**
 * The ready reports, channel by channel: one DSA notice listing every item of a platform, one
 * report per item for PHAROS and the other services, walked "next item" by "next item". Each
 * channel's list says which items are handed off, with the reference the channel gave, and the
 * gate's verdict on each item's own pack.
 */
import { useMemo, useState } from 'preact/hooks';
import { gateList } from '@/components/handoff/GateVerdict';
import { ReferenceError } from '@/components/handoff/ReferenceError';
import { channelById, isChannelId, type ChannelId } from '@/utils/channels/registry';
import { identityForNotices, textLanguageOf, type Settings } from '@/utils/db/settings-repo';
import { batchNoticeGaps, batchNoticeText, groupByChannel, routeOf, type BatchGroup } from '@/utils/handoff/batch';
import { channelProgress, itemPacks } from '@/utils/handoff/batch-items';
import { contextOf, type EvidenceItem } from '@/utils/handoff/context';
import type { Pack } from '@/utils/handoff/types';
import { t, tCount, uiLanguage } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { noticeMisuseCaution } from '@/utils/qualify/false-report';
import type { Draft } from '@/utils/report/draft';
import { referenceOverflow } from '@/utils/report/reference';
import { composerUrl } from '@/utils/report/urls';
import type { WalkOutcome, WalkResult } from './data';
import { ItemWalk, type ItemWalkActions } from './ItemWalk';

export interface HandoffActions extends ItemWalkActions {
  /** Records that the notice was copied or its form opened, for each item with its own verdict. */
  recordNotice(
    items: { draftId: string; pack: Pack | undefined }[],
    channelId: ChannelId,
    action: 'copied' | 'opened',
  ): Promise<void>;
  /** One "next item" action: must be called synchronously from the click. */
  walkNext(draftId: string, channelId: ChannelId, pack: Pack): Promise<WalkOutcome>;
  /** Whether the walk fills this channel's form (the build may ask for its host) rather than only opening it. */
  fills(channelId: ChannelId, pack: Pack): boolean;
  saveReference(draftId: string, channelId: ChannelId, raw: string): Promise<void>;
}

/** DSA Art. 23(2): notices sent in numbers must each be well founded (data with its source). */
function MisuseCaution() {
  const lang = uiLanguage();
  return (
    <div class="notice" role="note" data-testid="batch-misuse-caution">
      <strong>{inLang(noticeMisuseCaution.title, lang)}</strong>
      <p>{inLang(noticeMisuseCaution.text, lang)}</p>
      <a href={noticeMisuseCaution.source.url} target="_blank" rel="noopener noreferrer">
        {inLang(noticeMisuseCaution.link, lang)}
      </a>
    </div>
  );
}

export function BatchHandoff(props: {
  drafts: Draft[];
  evidence: Map<string, EvidenceItem[]>;
  settings: Settings | null;
  actions: HandoffActions;
}) {
  const lang = uiLanguage();
  const groups = useMemo(() => groupByChannel(props.drafts), [props.drafts]);
  const textLang = props.settings ? textLanguageOf(props.settings, lang) : lang;
  const saved = useMemo(() => (props.settings ? identityForNotices(props.settings) : null), [props.settings]);
  // DSA Art. 16(2)(c): with no name and email in the settings, asked once for the batch's notices.
  const [asked, setAsked] = useState({ name: '', email: '' });
  const given = asked.name.trim() !== '' && asked.email.trim() !== '';
  const noticeIdentity = useMemo(
    () => saved ?? (given ? { name: asked.name.trim(), email: asked.email.trim() } : null),
    [saved, given, asked],
  );
  // Every item's pack for every channel of its route, each checked by the gate.
  const packs = useMemo(
    () =>
      new Map(
        props.drafts.map((d) => {
          const ids = (routeOf(d)?.steps ?? []).map((s) => s.channelId).filter(isChannelId);
          const isNotice = (id: ChannelId) => channelById[id].kind === 'platform-notice';
          const evidence = props.evidence.get(d.id) ?? [];
          return [
            d.id,
            new Map([
              ...itemPacks(
                d,
                ids.filter((id) => !isNotice(id)),
                textLang,
                saved,
                evidence,
              ),
              ...itemPacks(d, ids.filter(isNotice), textLang, noticeIdentity, evidence),
            ]),
          ];
        }),
      ),
    [props.drafts, props.evidence, textLang, saved, noticeIdentity],
  );
  const asksIdentity =
    saved === null &&
    groups.some(
      (g) =>
        isChannelId(g.channelId) &&
        channelById[g.channelId].kind === 'platform-notice' &&
        g.drafts.some((d) => !routeOf(d)?.omitReporterIdentity),
    );
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="batch-handoff-heading" data-testid="batch-handoff">
      <h2 id="batch-handoff-heading">{t('batchHandoffHeading')}</h2>
      {/* Where notices go out in numbers: the caution comes before any of them. */}
      {groups.some((g) => isChannelId(g.channelId) && channelById[g.channelId].kind === 'platform-notice') && (
        <MisuseCaution />
      )}
      <ItemWalk drafts={props.drafts} packs={packs} actions={props.actions} />
      {asksIdentity && (
        <fieldset class="batch-identity" data-testid="batch-identity" data-given={String(given)}>
          <legend>{t('batchNoticeIdentityAsk')}</legend>
          <p class="row">
            <label>
              {t('batchNoticeIdentityName')}
              <input
                type="text"
                autocomplete="name"
                maxLength={200}
                value={asked.name}
                onInput={(e) => setAsked((a) => ({ ...a, name: (e.target as HTMLInputElement).value }))}
                data-testid="batch-identity-name"
              />
            </label>{' '}
            <label>
              {t('batchNoticeIdentityEmail')}
              <input
                type="email"
                autocomplete="email"
                maxLength={320}
                value={asked.email}
                onInput={(e) => setAsked((a) => ({ ...a, email: (e.target as HTMLInputElement).value }))}
                data-testid="batch-identity-email"
              />
            </label>
          </p>
          <p class="muted small">{t('batchNoticeIdentityKept')}</p>
        </fieldset>
      )}
      {groups.map((g) => (
        <BatchChannel
          key={g.channelId}
          group={g}
          packs={packs}
          textLang={textLang}
          identity={noticeIdentity}
          identityMissing={asksIdentity && !given}
          actions={props.actions}
        />
      ))}
    </section>
  );
}

/** The verdict of the gate on one item's pack, in a few words. */
function ItemVerdict(props: { pack: Pack | undefined; channelName: string }) {
  const { pack } = props;
  if (!pack) return null;
  const v = pack.verdict;
  return (
    <span
      class={v.ready ? 'gate ready small' : 'gate small'}
      data-testid="batch-item-gate"
      data-ready={String(v.ready)}
    >
      {v.ready ? t('gateReady', props.channelName) : t('gateMissing', [props.channelName, gateList(pack, v.missing)])}
    </span>
  );
}

function ReferenceField(props: { draft: Draft; channelId: ChannelId; index: number; actions: HandoffActions }) {
  const stored = props.draft.handoffs.find((h) => h.channelId === props.channelId)?.reference ?? '';
  const [value, setValue] = useState(stored);
  const overflow = referenceOverflow(value);
  const id = `ref-${props.channelId}-${props.draft.id}`;
  const save = () => {
    if (overflow !== null || value.trim() === stored) return;
    void props.actions.saveReference(props.draft.id, props.channelId, value).then(props.actions.changed);
  };
  return (
    <>
      <label for={id} class="sr-only">
        {`${t('batchItemNumber', String(props.index + 1))} — ${t('batchItemReference')}`}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={t('batchItemReference')}
        aria-invalid={overflow !== null}
        aria-describedby={overflow === null ? undefined : `${id}-error`}
        onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        data-testid="batch-item-reference"
      />
      {overflow !== null && <ReferenceError length={overflow} id={`${id}-error`} testId="batch-reference-error" />}
    </>
  );
}

function BatchChannel(props: {
  group: BatchGroup;
  packs: Map<string, Map<ChannelId, Pack>>;
  textLang: 'fr' | 'en';
  identity: { name: string; email: string } | null;
  /** The notice waits for the name and email asked once above (DSA Art. 16(2)(c)). */
  identityMissing: boolean;
  actions: HandoffActions;
}) {
  const { group, actions } = props;
  const lang = uiLanguage();
  const [copied, setCopied] = useState(false);
  const [walk, setWalk] = useState<{ n: number; result: WalkResult | 'running'; fill?: string } | null>(null);
  if (!isChannelId(group.channelId)) return null;
  const channelId = group.channelId;
  const channel = channelById[channelId];
  const name = inLang(channel.name, lang);
  const packOf = (d: Draft) => props.packs.get(d.id)?.get(channelId);
  const progress = channelProgress(group.drafts, channelId);
  const notice = channel.kind === 'platform-notice';
  // One notice for the platform's items, each with its own description (never a stand-in).
  const contexts = notice
    ? group.drafts.map((draft) =>
        contextOf({ draft, route: routeOf(draft)!, lang: props.textLang, identity: props.identity, evidence: [] }),
      )
    : null;
  const gaps = contexts ? batchNoticeGaps(contexts) : [];
  const waitsForIdentity =
    notice && props.identityMissing && group.drafts.some((d) => !routeOf(d)?.omitReporterIdentity);
  const noticeText =
    contexts && gaps.length === 0 && !waitsForIdentity ? batchNoticeText(contexts, props.textLang) : null;
  const recordNotice = (action: 'copied' | 'opened') =>
    void actions
      .recordNotice(
        group.drafts.map((d) => ({ draftId: d.id, pack: packOf(d) })),
        channelId,
        action,
      )
      .then(actions.changed);

  const nextIndex = progress.next === null ? -1 : group.drafts.findIndex((d) => d.id === progress.next);
  const nextDraft = nextIndex >= 0 ? group.drafts[nextIndex]! : null;
  const nextPack = nextDraft ? packOf(nextDraft) : undefined;
  const nextNeedsDescription = nextPack?.verdict.missing.includes('description') ?? false;
  const nextLabel = !channel.url
    ? 'batchNextCopy'
    : nextPack && actions.fills(channelId, nextPack)
      ? 'batchNextFill'
      : 'batchNextOpen';
  const goNext = () => {
    if (!nextDraft || !nextPack || nextNeedsDescription || walk?.result === 'running') return;
    const n = nextIndex + 1;
    setWalk({ n, result: 'running' });
    // Synchronous: the permission, the side panel and the clipboard need the click's gesture.
    const done = actions.walkNext(nextDraft.id, channelId, nextPack);
    void done.then((outcome) => {
      setWalk({ n, ...outcome });
      actions.changed();
    });
  };
  const walkMessage = (w: { n: number; result: WalkResult }) =>
    w.result === 'filled'
      ? t('batchWalkFilled', [String(w.n), name])
      : w.result === 'opened'
        ? t('batchWalkOpened', [String(w.n), name])
        : w.result === 'copied'
          ? t('batchWalkCopied', [String(w.n), name])
          : t('batchWalkFailed', String(w.n));

  return (
    <article class="batch-channel" data-testid="batch-channel" data-channel={channelId}>
      <h3>
        {name} — {tCount(group.drafts.length, { one: 'batchCountOne', other: 'batchCountOther' })}
      </h3>
      <p data-testid="batch-progress" data-done={progress.done} data-total={progress.total}>
        <strong>{t('batchProgress', [String(progress.done), String(progress.total)])}</strong>
      </p>
      {gaps.length > 0 && (
        <div class="notice" data-testid="batch-gate">
          <p>
            <strong>
              {t('gateMissing', [
                name,
                tCount(gaps.length, { one: 'batchGateDescriptionsOne', other: 'batchGateDescriptionsOther' }),
              ])}
            </strong>
          </p>
          <p class="small">{t('batchGateWriteHere')}</p>
          <ul>
            {gaps.map((i) => (
              <li key={group.drafts[i]!.id}>
                <a
                  href={composerUrl(group.drafts[i]!.id, 'hand-over')}
                  target="_blank"
                  rel="noopener"
                  data-testid="batch-missing-description"
                >
                  {group.drafts[i]!.target.url.slice(0, 200)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {waitsForIdentity && gaps.length === 0 && (
        <p class="error small" data-testid="batch-notice-identity-missing">
          {t('batchNoticeIdentityFirst')}
        </p>
      )}
      {noticeText !== null && (
        <>
          <p class="muted">{t('batchNoticeWhy')}</p>
          <label for={`notice-${channelId}`}>{t('batchNoticeLabel')}</label>
          <textarea id={`notice-${channelId}`} readOnly rows={12} value={noticeText} data-testid="batch-notice" />
          <p class="row">
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(noticeText).then(() => {
                  setCopied(true);
                  recordNotice('copied');
                })
              }
              data-testid="batch-copy"
            >
              {copied ? t('batchCopied') : t('batchCopy')}
            </button>
            {channel.url && (
              <a
                class="button primary"
                href={channel.url}
                target="_blank"
                rel="noopener noreferrer"
                onClick={() => recordNotice('opened')}
                data-testid="batch-open-form"
              >
                {channel.entry ? inLang(channel.entry.label, lang) : name}
              </a>
            )}
          </p>
        </>
      )}
      {!notice && (
        <>
          <p class="muted">{channel.phone ? t('batchCallEach') : t('batchOneReportEach')}</p>
          {nextDraft ? (
            <>
              <p class="row">
                <button
                  type="button"
                  disabled={nextNeedsDescription || walk?.result === 'running'}
                  aria-describedby={nextNeedsDescription ? `next-${channelId}-why` : undefined}
                  onClick={goNext}
                  data-testid="batch-next"
                  data-draft={nextDraft.id}
                >
                  {t(nextLabel, [String(nextIndex + 1), String(progress.total)])}
                </button>
              </p>
              {nextNeedsDescription && (
                <p class="error small" id={`next-${channelId}-why`} data-testid="batch-next-why">
                  {t('batchNextNeedsDescription', String(nextIndex + 1))}
                </p>
              )}
            </>
          ) : (
            <p data-testid="batch-all-done">{t('batchAllDone')}</p>
          )}
          <p
            role="status"
            aria-live="polite"
            class="small"
            data-testid="batch-walk-status"
            data-result={walk?.result}
            data-fill={walk?.fill}
          >
            {walk && walk.result !== 'running' ? walkMessage({ n: walk.n, result: walk.result }) : ''}
          </p>
        </>
      )}
      <ol class="batch-progress-list" data-testid="batch-channel-items">
        {group.drafts.map((d, i) => {
          const item = progress.items[i]!;
          return (
            <li key={d.id} data-testid="batch-channel-item" data-draft={d.id} data-done={String(item.done)}>
              <a href={composerUrl(d.id)} target="_blank" rel="noopener" class="url" data-testid="batch-open-report">
                {d.target.url.slice(0, 200)}
              </a>{' '}
              <span class={item.done ? 'badge ok' : 'badge'} data-testid="batch-item-state">
                {item.done ? t('batchItemDone') : t('batchItemToDo')}
              </span>{' '}
              <ItemVerdict pack={packOf(d)} channelName={name} />
              <div class="row small">
                <ReferenceField draft={d} channelId={channelId} index={i} actions={actions} />
              </div>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
