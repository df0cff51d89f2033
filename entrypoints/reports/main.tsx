import { render } from 'preact';
import '@/components/styles.css';
import '@/components/history/history.css';
import { App } from './App';
import { t } from '@/utils/i18n';

document.documentElement.lang = t('localeCode');
document.title = t('historyPageTitle');
render(<App />, document.getElementById('app')!);
