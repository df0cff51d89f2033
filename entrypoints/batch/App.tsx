import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadCountry } from '@/utils/channels/eu/load';
import { NotOfficial } from '@/components/NotOfficial';
import { HourlyNote } from '@/components/HourlyNote';
import { channelName } from '@/components/history/labels';
import { YesNo } from '@/components/qualify/YesNo';
import { Choice } from '@/components/qualify/Choice';
import { GoodFaith } from '@/components/qualify/GoodFaith';
import { channelById, isChannelId } from '@/utils/channels/registry';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { readBatch, removeFromBatch } from '@/utils/db/batch-repo';
import { recordHandoffAction } from '@/utils/db/handoffs';
import { identityForNotices, readSettings, textLanguageOf, type Settings } from '@/utils/db/settings-repo';
import {
  batchNoticeGaps,
  batchNoticeText,
  batchWarnings,
  groupByChannel,
  readyToHandOff,
  routeOf,
  type BatchGroup,
  type BatchWarning,
} from '@/utils/handoff/batch';
import { contextOf } from '@/utils/handoff/context';
import { hostOf } from '@/utils/handoff/text';
import { formatDateTime, t, tCount, uiLanguage, type MessageKey } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { showBatchCount } from '@/utils/background/batch';
import { categories, categoryById, isCategoryId, type CategoryId } from '@/utils/qualify/taxonomy';
import { noticeMisuseCaution } from '@/utils/qualify/false-report';
import { reporterRoles, type Draft, type ReporterRole } from '@/utils/report/draft';
import { composerUrl } from '@/utils/report/urls';
import { parseTagInput, withTags } from '@/utils/report/tags';
import { buildIndex, matchUrl } from '@/utils/watch/match';
import { watchRepository } from '@/utils/watch/repo';
import { BatchSeal } from './BatchSeal';

const ROLE_LABELS: Record<ReporterRole, MessageKey> = {
  targeted: 'roleTargeted',
  parent: 'roleParent',
  witness: 'roleWitness',
};

/**
 * The volunteer's review queue: the reports added with "Add to the batch", qualified several at a
 * time (each still routed on its own), confirmed in good faith once for the selection, then
 * handed over channel by channel — one DSA notice listing every item of a platform, and for
 * PHAROS and the other services, one report per item from its own page.
 */
export function App() {
  const [items, setItems] = useState<Draft[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [warnings, setWarnings] = useState<Map<string, BatchWarning>>(new Map());

  const load = async () => {
    const batch = await readBatch();
    const drafts = (await Promise.all(batch.items.map((i) => draftsRepository.get(i.draftId)))).filter(
      (d): d is Draft => d !== undefined,
    );
    // Reports for another member state route to its doors: loaded before they are shown.
    await Promise.all(drafts.map((d) => loadCountry(d.qualification.country).catch(() => null)));
    setItems(drafts);
    void warningsOf(drafts).then(setWarnings, () => setWarnings(new Map()));
    setSelected((current) => new Set([...current].filter((id) => drafts.some((d) => d.id === id))));
    await showBatchCount(drafts.length).catch(() => undefined);
  };
  useEffect(() => {
    void load().catch((e: unknown) => setStatus(String(e)));
    void readSettings().then(setSettings);
    const reload = () => void load();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, []);

  const chosen = (items ?? []).filter((d) => selected.has(d.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const warned = items?.filter((d) => warnings.has(d.id)) ?? [];

  const remove = async () => {
    await removeFromBatch([...selected]);
    setSelected(new Set());
    await load();
    setStatus(t('batchRemoved'));
  };

  if (items === null) return <p class="muted">{t('loading')}</p>;
  return (
    <main class="page batch">
      <h1>{t('batchTitle')}</h1>
      <NotOfficial />
      <p>{t('batchIntro')}</p>
      <HourlyNote />
      <p role="status" aria-live="polite" data-testid="batch-status">
        {status}
      </p>
      {items.length === 0 ? (
        <p class="muted" data-testid="batch-empty">
          {t('batchEmpty')}
        </p>
      ) : (
        <>
          <BatchList
            items={items}
            warnings={warnings}
            selected={selected}
            onToggle={toggle}
            onSelectAll={(all) => setSelected(all ? new Set(items.map((d) => d.id)) : new Set())}
          />
          <p class="row">
            {warned.length > 0 && (
              <>
                <button
                  type="button"
                  onClick={() => setSelected(new Set(warned.map((d) => d.id)))}
                  data-testid="batch-select-warned"
                >
                  {t('batchSelectWarned', String(warned.length))}
                </button>{' '}
              </>
            )}
            <button
              type="button"
              disabled={chosen.length === 0}
              onClick={() => void remove()}
              data-testid="batch-remove"
            >
              {t('batchRemove', String(chosen.length))}
            </button>
          </p>
          {chosen.length > 0 ? (
            <BatchQualify drafts={chosen} onDone={(message) => void load().then(() => setStatus(message))} />
          ) : (
            items.some((d) => !readyToHandOff(d)) && (
              <p class="muted" data-testid="batch-select-hint">
                {t('batchSelectHint')}
              </p>
            )
          )}
          <BatchSeal
            drafts={chosen.length > 0 ? chosen : items}
            selection={chosen.length > 0}
            timestampAuthority={settings?.timestampAuthority}
            onSealed={() => void load()}
          />
          <BatchHandoff
            drafts={items.filter((d) => readyToHandOff(d))}
            settings={settings}
            onChanged={() => void load()}
          />
        </>
      )}
    </main>
  );
}

/** Per item: earlier hand-offs of the same content, repeats in the batch, watchlists naming it. */
async function warningsOf(drafts: readonly Draft[]): Promise<Map<string, BatchWarning>> {
  const others = new Map(
    await Promise.all(drafts.map(async (d) => [d.id, await draftsRepository.sameContent(d)] as const)),
  );
  const lists = new Map<string, string[]>();
  const enabled = await watchRepository.enabledLists().catch(() => []);
  if (enabled.length > 0) {
    const index = buildIndex(enabled);
    for (const d of drafts)
      lists.set(
        d.id,
        (await matchUrl(d.target.url, index)).map((m) => m.listName),
      );
  }
  return batchWarnings(drafts, others, lists);
}

function WarningLine({ warning }: { warning: BatchWarning }) {
  const parts: string[] = [];
  if (warning.sentBefore)
    parts.push(
      t('batchSentBefore', [
        warning.sentBefore.channelIds.map(channelName).join(', '),
        formatDateTime(warning.sentBefore.at),
      ]),
    );
  if (warning.repeatedInBatch) parts.push(t('batchRepeated'));
  if (warning.lists.length > 0) parts.push(t('batchOnList', warning.lists.join(', ')));
  return (
    <p class="notice small" data-testid="batch-warning">
      {parts.join(' ')}
    </p>
  );
}

function BatchList(props: {
  items: Draft[];
  warnings: Map<string, BatchWarning>;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onSelectAll: (all: boolean) => void;
}) {
  const lang = uiLanguage();
  const all = props.items.every((d) => props.selected.has(d.id));
  return (
    <table class="batch-list" data-testid="batch-list">
      <caption class="sr-only">{t('batchTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              checked={all}
              aria-label={t('batchSelectAll')}
              onChange={() => props.onSelectAll(!all)}
              data-testid="batch-select-all"
            />
          </th>
          <th scope="col">{t('batchColumnContent')}</th>
          <th scope="col">{t('batchColumnCategory')}</th>
          <th scope="col">{t('batchColumnCaptured')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((d) => {
          const categoryId = d.qualification.categoryId;
          const place = d.platform?.platformName ?? hostOf(d.target.url) ?? d.target.url.slice(0, 60);
          return (
            <tr key={d.id} data-testid="batch-item" data-draft={d.id}>
              <td>
                <input
                  type="checkbox"
                  checked={props.selected.has(d.id)}
                  onChange={() => props.onToggle(d.id)}
                  aria-label={t('batchSelectItem', d.target.url.slice(0, 200))}
                />
              </td>
              <td>
                <strong>{place}</strong>
                {d.platform?.authorHandle ? ` · ${d.platform.authorHandle}` : ''}
                <br />
                <a href={composerUrl(d.id)} target="_blank" rel="noopener" class="url">
                  {d.target.url.slice(0, 300)}
                </a>
                {props.warnings.has(d.id) && <WarningLine warning={props.warnings.get(d.id)!} />}
              </td>
              <td>
                {categoryId && isCategoryId(categoryId)
                  ? inLang(categoryById[categoryId].label, lang)
                  : t('batchToQualify')}
                {readyToHandOff(d) ? ` · ${t('batchReady')}` : ''}
              </td>
              <td>{formatDateTime(d.observed.capturedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Several reports of the same kind qualified at once: the same answers for each, each routed on its own. */
function BatchQualify(props: { drafts: Draft[]; onDone: (message: string) => void }) {
  const lang = uiLanguage();
  const [danger, setDanger] = useState<boolean | null>(null);
  const [categoryId, setCategoryId] = useState<CategoryId | ''>('');
  const [role, setRole] = useState<ReporterRole>('witness');
  const [goodFaith, setGoodFaith] = useState(false);
  const [campaign, setCampaign] = useState('');
  const [error, setError] = useState('');
  // Grooming, blackmail, listings: the items keep their captures unless they show a sexual image
  // of a minor — asked once for the batch, before anything is applied (the CSAM rule then purges).
  const [sexualImage, setSexualImage] = useState<boolean | null>(null);
  const asksSexualImage = categoryId !== '' && categoryById[categoryId].linkOnlyWhenMinorSexualImage;
  const count = props.drafts.length;

  const apply = async () => {
    if (danger !== false || categoryId === '' || !goodFaith || (asksSexualImage && sexualImage === null)) return;
    setError('');
    try {
      const at = new Date().toISOString();
      const tags = parseTagInput(campaign);
      // One report at a time through the repository: the CSAM rule applies to each as it is saved.
      for (const d of props.drafts)
        await draftsRepository.update(d.id, (current) => ({
          ...current,
          qualification: {
            ...current.qualification,
            danger: false,
            categoryId,
            role,
            goodFaithAt: at,
            ...(asksSexualImage && sexualImage !== null ? { minorSexualImage: sexualImage } : {}),
          },
          tags: withTags(current.tags, tags),
        }));
      props.onDone(t('batchQualified', String(count)));
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
    }
  };

  return (
    <section class="batch-qualify" aria-labelledby="batch-qualify-heading" data-testid="batch-qualify">
      <h2 id="batch-qualify-heading">{t('batchQualifyHeading', String(count))}</h2>
      <YesNo id="batch-danger" label={t('batchDangerQuestion')} value={danger} onChange={setDanger} />
      {danger === true && (
        <p class="notice" role="alert" data-testid="batch-danger-stop">
          {t('batchDangerStop')}
        </p>
      )}
      {danger === false && (
        <>
          <label for="batch-category">{t('batchCategory')}</label>
          <select
            id="batch-category"
            value={categoryId}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              setCategoryId(isCategoryId(value) ? value : '');
            }}
            data-testid="batch-category"
          >
            <option value="">{t('batchCategoryChoose')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[lang]}
              </option>
            ))}
          </select>
          {asksSexualImage && (
            <YesNo
              id="batch-minorSexualImage"
              label={t(categoryId === 'illegal-product-marketplace' ? 'questionMinorItem' : 'questionMinorSexualImage')}
              value={sexualImage}
              onChange={setSexualImage}
            />
          )}
          <Choice
            id="batch-role"
            label={t('questionRole')}
            options={reporterRoles.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
            value={role}
            onChange={setRole}
          />
          <label for="batch-campaign">{t('batchCampaign')}</label>
          <input
            id="batch-campaign"
            type="text"
            value={campaign}
            maxLength={400}
            aria-describedby="batch-campaign-hint"
            onInput={(e) => setCampaign((e.target as HTMLInputElement).value)}
            data-testid="batch-campaign"
          />
          <p id="batch-campaign-hint" class="muted small">
            {t('batchCampaignHint')}
          </p>
          <GoodFaith confirmed={goodFaith} onConfirm={setGoodFaith} />
          <p class="muted">{t('batchOneByOne')}</p>
          <button
            type="button"
            class="primary"
            disabled={categoryId === '' || !goodFaith || (asksSexualImage && sexualImage === null)}
            onClick={() => void apply()}
            data-testid="batch-apply"
          >
            {t('batchApply', String(count))}
          </button>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The ready reports, channel by channel. */
function BatchHandoff(props: { drafts: Draft[]; settings: Settings | null; onChanged: () => void }) {
  const groups = useMemo(() => groupByChannel(props.drafts), [props.drafts]);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="batch-handoff-heading" data-testid="batch-handoff">
      <h2 id="batch-handoff-heading">{t('batchHandoffHeading')}</h2>
      <MisuseCaution />
      {groups.map((g) => (
        <BatchChannel key={g.channelId} group={g} settings={props.settings} onChanged={props.onChanged} />
      ))}
    </section>
  );
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

function BatchChannel(props: { group: BatchGroup; settings: Settings | null; onChanged: () => void }) {
  const { group } = props;
  const lang = uiLanguage();
  const [copied, setCopied] = useState(false);
  if (!isChannelId(group.channelId)) return null;
  const channel = channelById[group.channelId];
  const textLang = props.settings ? textLanguageOf(props.settings, lang) : lang;
  const identity = props.settings ? identityForNotices(props.settings) : null;
  const contexts =
    channel.kind === 'platform-notice'
      ? group.drafts.map((draft) =>
          contextOf({ draft, route: routeOf(draft)!, lang: textLang, identity, evidence: [] }),
        )
      : null;
  // The gate: no description, no notice to copy (nothing is written in its place).
  const gaps = contexts ? batchNoticeGaps(contexts) : [];
  const notice = contexts && gaps.length === 0 ? batchNoticeText(contexts, textLang) : null;
  // What the gate would say of the copied notice: the descriptions, and the identity the DSA asks
  // unless an item is one of those for which it requires none (Art. 16(2)(c)).
  const noIdentity = contexts !== null && !identity && !contexts.some((c) => c.route.omitReporterIdentity);
  const verdictMissing = [...(gaps.length > 0 ? ['description'] : []), ...(noIdentity ? ['name', 'email'] : [])];
  const record = async (action: 'copied' | 'opened') => {
    const verdict = action === 'copied' ? { ready: verdictMissing.length === 0, missing: verdictMissing } : undefined;
    for (const d of group.drafts) await recordHandoffAction(d.id, group.channelId, action, verdict);
    props.onChanged();
  };
  return (
    <article class="batch-channel" data-testid="batch-channel" data-channel={group.channelId}>
      <h3>
        {inLang(channel.name, lang)} — {tCount(group.drafts.length, { one: 'batchCountOne', other: 'batchCountOther' })}
      </h3>
      {gaps.length > 0 && (
        <div class="notice" data-testid="batch-gate">
          <p>
            <strong>
              {t('gateMissing', [
                inLang(channel.name, lang),
                tCount(gaps.length, { one: 'batchGateDescriptionsOne', other: 'batchGateDescriptionsOther' }),
              ])}
            </strong>
          </p>
          <p class="small">{t('gateWriteDescription')}</p>
          <ul>
            {gaps.map((i) => (
              <li key={group.drafts[i]!.id}>
                <a
                  href={composerUrl(group.drafts[i]!.id)}
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
      {notice !== null ? (
        <>
          <p class="muted">{t('batchNoticeWhy')}</p>
          <label for={`notice-${group.channelId}`}>{t('batchNoticeLabel')}</label>
          <textarea id={`notice-${group.channelId}`} readOnly rows={12} value={notice} data-testid="batch-notice" />
          <p class="row">
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(notice).then(() => {
                  setCopied(true);
                  return record('copied');
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
                onClick={() => void record('opened')}
                data-testid="batch-open-form"
              >
                {channel.entry ? inLang(channel.entry.label, lang) : inLang(channel.name, lang)}
              </a>
            )}
          </p>
        </>
      ) : contexts ? null : (
        <>
          <p class="muted">{channel.phone ? t('batchCallEach') : t('batchOneReportEach')}</p>
          <ul>
            {group.drafts.map((d) => (
              <li key={d.id}>
                <a href={composerUrl(d.id)} target="_blank" rel="noopener" data-testid="batch-open-report">
                  {d.target.url.slice(0, 200)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
