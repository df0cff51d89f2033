import { NotOfficial } from '@/components/NotOfficial';
import { t, type MessageKey } from '@/utils/i18n';

const steps: MessageKey[] = ['welcomeStep1', 'welcomeStep2', 'welcomeStep3'];
const permissions: [string, MessageKey][] = [
  ['activeTab', 'permActiveTab'],
  ['contextMenus', 'permContextMenus'],
  ['scripting', 'permScripting'],
  ['unlimitedStorage', 'permUnlimitedStorage'],
  ['pageCapture', 'permPageCapture'],
  ['sidePanel', 'permSidePanel'],
];
/** The optional permissions (`optional_host_permissions`, `optional_permissions`): asked at their use. */
const optional: MessageKey[] = ['permFormHosts', 'permTimestampHosts', 'permTabs'];

export function App() {
  return (
    <main>
      <h1>{t('welcomeHeading')}</h1>
      <NotOfficial />
      <p>{t('welcomeIntro')}</p>
      <div class="notice" role="note">
        <strong>{t('welcomeEmergencyTitle')}</strong> {t('welcomeEmergencyBody')}
      </div>
      <h2>{t('welcomeHowTitle')}</h2>
      <ol>
        {steps.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ol>
      <h2>{t('welcomeCsamTitle')}</h2>
      <p>{t('welcomeCsamBody')}</p>
      <h2>{t('welcomePrivacyTitle')}</h2>
      <p data-testid="privacy">{t('welcomePrivacyBody')}</p>
      <h2>{t('welcomePermissionsTitle')}</h2>
      <ul>
        {permissions.map(([name, key]) => (
          <li key={name}>
            <code>{name}</code> — {t(key)}
          </li>
        ))}
      </ul>
      <p>{t('welcomeOptionalPermissions')}</p>
      <ul data-testid="optional-permissions">
        {optional.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </main>
  );
}
