import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NotOfficial } from '@/components/NotOfficial';
import { formatDateTime, t, tCount } from '@/utils/i18n';
import { FILE_MAX_BYTES, WatchImportError } from '@/utils/watch/format';
import { DuplicateKeyError, itemCount, watchRepository, type StoredList } from '@/utils/watch/repo';
import type { TrustedKey } from '@/utils/watch/signature';
import { watchModeOn, watchPermission } from '@/utils/watch/watcher';
import { importErrorMessage } from './labels';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const count = (n: number) => new Intl.NumberFormat(t('localeCode')).format(n);

async function readFile(file: File): Promise<Uint8Array> {
  // Refused before reading: a huge file is never loaded.
  if (file.size > FILE_MAX_BYTES) throw new WatchImportError('too-large', String(file.size));
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * Watchlists: import (a file, and its signature if any), the lists with their state, the keys
 * trusted to sign them, and watch mode (the optional `tabs` permission, explained before it is
 * asked). Every list and key is read from and written to IndexedDB through `watchRepository`.
 */
export function App() {
  const [lists, setLists] = useState<StoredList[] | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [keys, setKeys] = useState<TrustedKey[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [signature, setSignature] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [importStatus, setImportStatus] = useState<Status>(null);
  const [keyName, setKeyName] = useState('');
  const [keyValue, setKeyValue] = useState('');
  const [keyStatus, setKeyStatus] = useState<Status>(null);
  const [watching, setWatching] = useState<boolean | null>(null);
  const [modeStatus, setModeStatus] = useState<Status>(null);

  const reload = async () => {
    const [stored, trusted] = await Promise.all([watchRepository.lists(), watchRepository.keys()]);
    setLists(stored.lists);
    setSkipped(stored.skipped);
    setKeys(trusted);
  };

  useEffect(() => {
    void reload().catch((e: unknown) => setImportStatus({ kind: 'error', text: String(e) }));
    const sync = () => void watchModeOn().then(setWatching, () => setWatching(false));
    sync();
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
    return () => {
      browser.permissions.onAdded.removeListener(sync);
      browser.permissions.onRemoved.removeListener(sync);
    };
  }, []);

  const importList = async (event: Event) => {
    event.preventDefault();
    if (!file) return setImportStatus({ kind: 'error', text: t('watchNoFile') });
    setBusy(true);
    setImportStatus(null);
    try {
      const list = await watchRepository.importList({
        bytes: await readFile(file),
        fileName: file.name,
        signature: signature ? await readFile(signature) : undefined,
      });
      setImportStatus({ kind: 'ok', text: t('watchImported', [list.name, count(itemCount(list))]) });
      (event.target as HTMLFormElement).reset();
      setFile(null);
      setSignature(null);
      await reload();
    } catch (e) {
      setImportStatus({ kind: 'error', text: importErrorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const addKey = async (event: Event) => {
    event.preventDefault();
    setKeyStatus(null);
    if (!keyName.trim()) return setKeyStatus({ kind: 'error', text: t('watchKeyNameMissing') });
    try {
      const key = await watchRepository.addKey(keyName, keyValue);
      if (!key) return setKeyStatus({ kind: 'error', text: t('watchKeyInvalid') });
      setKeyName('');
      setKeyValue('');
      await reload();
    } catch (e) {
      setKeyStatus({
        kind: 'error',
        text: e instanceof DuplicateKeyError ? t('watchKeyDuplicate', e.existing) : String(e),
      });
    }
  };

  // Firefox grants a permission only from a user action: `request` runs before any `await`.
  const toggleWatch = (on: boolean) => {
    const change = on ? browser.permissions.request(watchPermission()) : browser.permissions.remove(watchPermission());
    setModeStatus(null);
    void change
      .then(async (done) => {
        const now = await watchModeOn();
        setWatching(now);
        setModeStatus(
          on && !done
            ? { kind: 'error', text: t('watchModeRefused') }
            : { kind: 'ok', text: t(now ? 'watchModeOn' : 'watchModeOff') },
        );
      })
      .catch((e: unknown) => setModeStatus({ kind: 'error', text: String(e) }));
  };

  const change = async (action: Promise<void>) => {
    await action;
    await reload();
  };

  return (
    <main class="page watchlists">
      <h1>{t('watchTitle')}</h1>
      <NotOfficial />
      <p>{t('watchIntro')}</p>
      <p class="muted small">
        <a href="/reports.html" data-testid="watch-from-history">
          {t('watchFromHistory')}
        </a>
      </p>

      <section aria-labelledby="watch-import">
        <h2 id="watch-import">{t('watchImportHeading')}</h2>
        <form class="field-grid" onSubmit={(e) => void importList(e)} data-testid="watch-import-form">
          <label for="watch-file">{t('watchFileLabel')}</label>
          <input
            id="watch-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
            data-testid="watch-file"
          />
          <label for="watch-signature">{t('watchSignatureLabel')}</label>
          <input
            id="watch-signature"
            type="file"
            accept=".sig,.txt,.b64"
            onChange={(e) => setSignature((e.target as HTMLInputElement).files?.[0] ?? null)}
            data-testid="watch-signature"
          />
          <div class="row">
            <button type="submit" class="primary" disabled={busy} data-testid="watch-import">
              {t('watchImportButton')}
            </button>
          </div>
        </form>
        <p class="muted small">{t('watchFormatHelp')}</p>
        {importStatus && (
          <p
            class={importStatus.kind === 'error' ? 'error' : 'notice'}
            role={importStatus.kind === 'error' ? 'alert' : 'status'}
            data-testid="watch-import-status"
          >
            {importStatus.text}
          </p>
        )}
      </section>

      <section aria-labelledby="watch-lists">
        <h2 id="watch-lists">{t('watchListsHeading')}</h2>
        {skipped > 0 && <p class="muted">{tCount(skipped, { one: 'watchSkippedOne', other: 'watchSkipped' })}</p>}
        {lists?.length === 0 && <p class="muted">{t('watchNoLists')}</p>}
        <ul class="watch-lists" data-testid="watch-lists">
          {lists?.map((list) => (
            <li key={list.id} data-testid="watch-list" data-list-id={list.id}>
              <strong data-testid="watch-list-name">{list.name}</strong>
              {list.note && <p data-testid="watch-list-note">{list.note}</p>}
              <p class="muted small" data-testid="watch-list-count">
                {t('watchCounts', [count(list.domains.length), count(list.accounts.length), count(list.sha256.length)])}
                {' · '}
                {t('watchImportedOn', [formatDateTime(list.importedAt), list.fileName])}
              </p>
              <p data-testid="watch-list-signature">
                {list.signature.state === 'signed' ? t('watchSignedBy', list.signature.keyName) : t('watchUnsigned')}
              </p>
              <div class="row">
                <label>
                  <input
                    type="checkbox"
                    checked={list.enabled}
                    onChange={(e) =>
                      void change(watchRepository.setEnabled(list.id, (e.target as HTMLInputElement).checked))
                    }
                    data-testid="watch-list-enabled"
                  />{' '}
                  {t('watchEnabled')}
                </label>
                <button
                  type="button"
                  onClick={() => void change(watchRepository.deleteList(list.id))}
                  data-testid="watch-list-delete"
                >
                  {t('watchDelete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="watch-keys">
        <h2 id="watch-keys">{t('watchKeysHeading')}</h2>
        <p>{t('watchKeysWhy')}</p>
        {keys.length === 0 ? (
          <p class="muted">{t('watchNoKeys')}</p>
        ) : (
          <ul data-testid="watch-keys">
            {keys.map((key) => (
              <li key={key.id} data-testid="watch-key">
                <strong>{key.name}</strong> <code class="code">{key.publicKey}</code>{' '}
                <button type="button" onClick={() => void change(watchRepository.removeKey(key.id))}>
                  {t('watchKeyRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="field-grid" onSubmit={(e) => void addKey(e)} data-testid="watch-key-form">
          <label for="watch-key-name">{t('watchKeyName')}</label>
          <input
            id="watch-key-name"
            maxLength={80}
            value={keyName}
            onInput={(e) => setKeyName((e.target as HTMLInputElement).value)}
            data-testid="watch-key-name"
          />
          <label for="watch-key-value">{t('watchKeyValue')}</label>
          <textarea
            id="watch-key-value"
            rows={2}
            maxLength={2000}
            value={keyValue}
            onInput={(e) => setKeyValue((e.target as HTMLTextAreaElement).value)}
            data-testid="watch-key-value"
          />
          <div class="row">
            <button type="submit" data-testid="watch-key-add">
              {t('watchKeyAdd')}
            </button>
          </div>
        </form>
        {keyStatus && (
          <p class="error" role="alert" data-testid="watch-key-status">
            {keyStatus.text}
          </p>
        )}
      </section>

      <section aria-labelledby="watch-mode">
        <h2 id="watch-mode">{t('watchModeHeading')}</h2>
        <p>{t('watchModeWhy')}</p>
        <p>{t('watchModePermission')}</p>
        <p class="muted">{t('watchModeWithout')}</p>
        <label>
          <input
            type="checkbox"
            checked={watching === true}
            disabled={watching === null}
            onChange={(e) => toggleWatch((e.target as HTMLInputElement).checked)}
            data-testid="watch-mode"
          />{' '}
          {t('watchModeToggle')}
        </label>
        {modeStatus && (
          <p
            class={modeStatus.kind === 'error' ? 'error' : 'muted'}
            role="status"
            aria-live="polite"
            data-testid="watch-mode-status"
          >
            {modeStatus.text}
          </p>
        )}
      </section>
    </main>
  );
}
