import '@/components/page/gc-page.css';
import '@/components/journey/journey.css';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { popupClock } from '@/components/popup/popup-model';
import { PopupApp } from './popup-app';

render(<PopupApp clock={popupClock(location.search)} />, document.getElementById('app') as HTMLElement);
