import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { readSettings, writeIdentity } from '@/utils/db/settings-repo';
import { existingFingerprint } from '@/utils/export/signing';

/**
 * Settings. The identity is optional and only ever goes into platform notices (DSA Art. 16),
 * never into a PHAROS report, and never into a notice about child sexual abuse or grooming.
 */
export function App() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [state, setState] = useState<{ kind: 'idle' | 'loading' | 'saved' } | { kind: 'error'; message: string }>({
    kind: 'loading',
  });

  useEffect(() => {
    readSettings()
      .then((s) => {
        setName(s.identity.name);
        setEmail(s.identity.email);
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
  const clear = async () => {
    await writeIdentity({ name: '', email: '' });
    setName('');
    setEmail('');
    setState({ kind: 'saved' });
  };

  return (
    <main class="page settings">
      <h1>{t('settingsTitle')}</h1>
      <section>
        <h2>{t('settingsIdentityHeading')}</h2>
        <p>{t('settingsIdentityWhy')}</p>
        <p class="muted">{t('settingsIdentityNever')}</p>
        <form onSubmit={(e) => void save(e)} data-testid="identity-form">
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
        <p role="status" aria-live="polite" data-testid="settings-status">
          {state.kind === 'saved' ? t('settingsSaved') : state.kind === 'error' ? state.message : ''}
        </p>
      </section>
      <SigningKey />
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
