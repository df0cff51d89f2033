import { render } from 'preact';
import '@/components/styles.css';
import './batch.css';
import { App } from './App';
import { t } from '@/utils/i18n';

document.documentElement.lang = t('localeCode');
document.title = t('batchTitle');
render(<App />, document.getElementById('app')!);
