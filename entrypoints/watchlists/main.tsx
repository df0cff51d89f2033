import { render } from 'preact';
import '@/components/styles.css';
import { App } from './App';
import { t } from '@/utils/i18n';

document.documentElement.lang = t('localeCode');
document.title = t('watchTitle');
render(<App />, document.getElementById('app')!);
