import { render } from 'preact';
import { App } from './app';
import { initialLanguage, rememberLanguage } from './i18n/i18n';
import './styles.css';

rememberLanguage(initialLanguage());
render(<App />, document.getElementById('app')!);
