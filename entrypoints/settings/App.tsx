import { authorityFor, buildAuthorities } from '@/utils/export/timestamp-authority-list';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { browser } from 'wxt/browser';
import {
  defaultSettings,
  readSettings,
  textLanguages,
  userRoles,
  writeIdentity,
  writeSettings,
  type Settings,
  type SettingsPatch,
} from '@/utils/db/settings-repo';
import { shortcutHelp } from './shortcut';
import { showBatchMenuFor } from '@/utils/background/batch';
import { existingFingerprint } from '@/utils/export/signing';
import { CountrySelect } from '@/components/qualify/CountrySelect';
import { proposeCountry } from '@/utils/channels/eu/propose';
import { uiLanguage } from '@/utils/i18n';
import { browserLanguageTag } from '../composer/browser-language';

/**
 * Settings. The identity is optional and only ever goes into platform notices (DSA Art. 16),
 * never into a PHAROS report, and never into a notice about child sexual abuse or grooming.
 */
const ROLE_LABELS = {
  citizen: 'settingsRoleCitizen',
  parent: 'settingsRoleParent',
  volunteer: 'settingsRoleVolunteer',
} as const;
const LANGUAGE_LABELS = { auto: 'settingsLanguageAuto', fr: 'settingsLanguageFr', en: 'settingsLanguageEn' } as const;

export function App() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'loading' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'loading',
  });

  const [prefs, setPrefs] = useState<Settings>(defaultSettings);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'report-page')?.shortcut || ''))
      .catch(() => setShortcut(''));
    readSettings()
      .then((s) => {
        setName(s.identity.name);
        setEmail(s.identity.email);
        setPrefs(s);
        setState({ kind: 'idle' });
      })
      .catch((e) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await writeIdentity({ name, email });
      setName(saved.name);
      setEmail(saved.email);
      setState({ kind: 'saved' });
    } catch {
      setState({ kind: 'error', message: t('settingsInvalidEmail') });
    }
  };
  // Each preference is saved as soon as it changes; what was saved is what is shown.
  const savePref = async (patch: SettingsPatch) => {
    try {
      const saved = await writeSettings(patch);
      setPrefs(saved);
      // Volunteers get "Add to the batch" in the right-click menu.
      if (patch.role) await showBatchMenuFor(saved.role);
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'error', message: `${t('saveFailed')} ${e instanceof Error ? e.message : ''}` });
    }
  };

  const clear = async () => {
    await writeIdentity({ name: '', email: '' });
    setName('');
    setEmail('');
    setState({ kind: 'saved' });
  };

  return (
    <main class="page settings">
      <h1>{t('settingsTitle')}</h1>
      <p>
        <a href="/support.html" data-testid="settings-support">
          {t('supportLink')}
        </a>{' '}
        <a href="/watchlists.html">{t('watchLink')}</a>
      </p>
      <section>
        <h2>{t('settingsIdentityHeading')}</h2>
        <p>{t('settingsIdentityWhy')}</p>
        <p class="muted">{t('settingsIdentityNever')}</p>
        <form class="field-grid" onSubmit={(e) => void save(e)} data-testid="identity-form">
          <label for="identity-name">{t('settingsName')}</label>
          <input
            id="identity-name"
            autocomplete="name"
            maxLength={200}
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
          <label for="identity-email">{t('settingsEmail')}</label>
          <input
            id="identity-email"
            type="email"
            autocomplete="email"
            maxLength={254}
            value={email}
            onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
          />
          <div class="row">
            <button type="submit" class="primary" data-testid="identity-save">
              {t('settingsSave')}
            </button>
            <button type="button" onClick={() => void clear()} data-testid="identity-clear">
              {t('settingsClear')}
            </button>
          </div>
        </form>
        <p>
          <label>
            <input
              type="checkbox"
              checked={prefs.includeIdentity}
              onChange={(e) => void savePref({ includeIdentity: (e.target as HTMLInputElement).checked })}
              data-testid="include-identity"
            />{' '}
            {t('settingsIncludeIdentity')}
          </label>
        </p>
      </section>
      <section>
        <h2>{t('settingsRoleHeading')}</h2>
        <fieldset>
          <legend>{t('settingsRoleLegend')}</legend>
          {userRoles.map((role) => (
            <label key={role} class="choice">
              <input
                type="radio"
                name="role"
                value={role}
                checked={prefs.role === role}
                onChange={() => void savePref({ role })}
                data-testid={`role-${role}`}
              />{' '}
              {t(ROLE_LABELS[role])}
            </label>
          ))}
        </fieldset>
        {prefs.role === 'volunteer' && (
          <p>
            <a href="/batch.html" data-testid="settings-batch">
              {t('batchTitle')}
            </a>
          </p>
        )}
      </section>
      <section>
        <h2>{t('settingsCountryHeading')}</h2>
        <label for="settings-country">{t('settingsCountry')}</label>{' '}
        <CountrySelect
          id="settings-country"
          label={t('settingsCountry')}
          lang={uiLanguage()}
          value={prefs.country ?? proposeCountry(browserLanguageTag())}
          onChange={(country) => void savePref({ country })}
        />
        <p class="muted" data-testid="settings-country-why">
          {prefs.country === null ? t('settingsCountryProposed') : t('settingsCountryWhy')}
        </p>
      </section>
      <section>
        <h2>{t('settingsTextsHeading')}</h2>
        <label for="text-language">{t('settingsTextLanguage')}</label>{' '}
        <select
          id="text-language"
          value={prefs.textLanguage}
          onChange={(e) =>
            void savePref({ textLanguage: (e.target as HTMLSelectElement).value as Settings['textLanguage'] })
          }
          data-testid="text-language"
        >
          {textLanguages.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_LABELS[l])}
            </option>
          ))}
        </select>
        <p class="muted">{t('settingsTextLanguageWhy')}</p>
      </section>
      <section>
        <h2>{t('settingsWellbeingHeading')}</h2>
        <label>
          <input
            type="checkbox"
            checked={prefs.blurPreviews}
            onChange={(e) => void savePref({ blurPreviews: (e.target as HTMLInputElement).checked })}
            data-testid="blur-previews"
          />{' '}
          {t('settingsBlurPreviews')}
        </label>
      </section>
      <section>
        <h2>{t('settingsTimestampHeading')}</h2>
        <p class="muted">{t('settingsTimestampIntro')}</p>
        <select
          aria-label={t('settingsTimestampHeading')}
          value={authorityFor(prefs.timestampAuthority).id}
          onChange={(e) => void savePref({ timestampAuthority: (e.target as HTMLSelectElement).value })}
          data-testid="timestamp-authority"
        >
          {buildAuthorities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} — {a.qualified ? t('settingsTimestampQualified') : t('settingsTimestampNotQualified')}
            </option>
          ))}
        </select>
      </section>
      <section>
        <h2>{t('settingsShortcutHeading')}</h2>
        <p data-testid="settings-shortcut">
          {shortcut === null ? '' : shortcut ? t('popupShortcut', shortcut) : t('popupNoShortcut')}
        </p>
        <p class="muted">{t(shortcutHelp(navigator.userAgent))}</p>
      </section>
      <SigningKey />
      <p class="settings-status" role="status" aria-live="polite" data-testid="settings-status">
        {state.kind === 'saved' ? t('settingsSaved') : state.kind === 'error' ? state.message : ''}
      </p>
    </main>
  );
}

/** This installation's signing key: its fingerprint (to give to whoever receives a package), and the verify page. */
function SigningKey() {
  const [fingerprint, setFingerprint] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    existingFingerprint()
      .then(setFingerprint)
      .catch(() => setFingerprint(null));
  }, []);
  return (
    <section data-testid="signing-key">
      <h2>{t('evidenceKeyHeading')}</h2>
      <p>{t('evidenceKeyIntro')}</p>
      {fingerprint === undefined ? null : fingerprint ? (
        <p>
          {t('evidenceKeyFingerprint')}{' '}
          <span class="code" data-testid="key-fingerprint">
            {fingerprint}
          </span>
        </p>
      ) : (
        <p class="muted">{t('evidenceKeyNone')}</p>
      )}
      <a href="/verify.html" target="_blank" rel="noopener">
        {t('evidencePackageVerifyLink')}
      </a>
    </section>
  );
}
