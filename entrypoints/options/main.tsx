import { render } from 'preact';

render(<p>CARM Guide settings</p>, document.getElementById('app') as HTMLElement);
