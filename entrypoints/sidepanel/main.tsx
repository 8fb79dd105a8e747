import '@/components/page/gc-page.css';
import '@/components/sidepanel/side-panel.css';
import { render } from 'preact';
import { SidePanelApp } from './sidepanel-app';

render(<SidePanelApp search={location.search} />, document.getElementById('app') as HTMLElement);
