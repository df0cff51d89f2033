import { NotOfficial } from '@/components/NotOfficial';
import { SupportLines, type SupportLineView } from '@/components/SupportLines';
import { channelById } from '@/utils/channels/registry';
import { supportLines } from '@/utils/channels/support.data';
import { t, uiLanguage } from '@/utils/i18n';
import { inLang } from '@/utils/localized';

/**
 * "Need help?": the numbers to call, what each is for, and a word for people who look at hard
 * content often. Every number comes from the channel registry (with its source and check date).
 */
export function App() {
  const lang = uiLanguage();
  const lines: SupportLineView[] = supportLines.map((line) => {
    const c = channelById[line.channel];
    return {
      id: c.id,
      name: inLang(c.name, lang),
      phone: c.phone ?? '',
      when: inLang(line.when, lang),
      scope: inLang(c.scope, lang),
      hours: c.hours ? inLang(c.hours, lang) : undefined,
      infoUrl: c.infoUrl,
      urgent: line.urgent,
    };
  });
  return (
    <main class="page support">
      <h1>{t('supportTitle')}</h1>
      <NotOfficial />
      <p>{t('supportIntro')}</p>
      <section aria-labelledby="support-urgent">
        <h2 id="support-urgent">{t('supportUrgentHeading')}</h2>
        <SupportLines lines={lines.filter((l) => l.urgent)} />
      </section>
      <section aria-labelledby="support-listen">
        <h2 id="support-listen">{t('supportListenHeading')}</h2>
        <SupportLines lines={lines.filter((l) => !l.urgent)} />
      </section>
      <section aria-labelledby="support-self">
        <h2 id="support-self">{t('supportSelfHeading')}</h2>
        <p>{t('supportSelfText')}</p>
      </section>
    </main>
  );
}
