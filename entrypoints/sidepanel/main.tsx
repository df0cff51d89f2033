import { render } from 'preact';
import '@/components/styles.css';
import './style.css';
import { App } from './App';
import { t } from '@/utils/i18n';

document.documentElement.lang = t('localeCode');
document.title = t('sidepanelTitle');
render(<App />, document.getElementById('app')!);

// e2e builds only (dropped from production bundles): lets the Chromium test call, from an
// extension page, the same function the composer's "Open the official form" button calls.
if (import.meta.env.MODE === 'e2e')
  void import('@/utils/messaging/open-form').then(({ openOfficialForm }) =>
    Object.assign(globalThis, { vigieE2e: { openOfficialForm } }),
  );
