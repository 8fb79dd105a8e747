import { render } from 'preact';

render(<p>CARM Guide</p>, document.getElementById('app') as HTMLElement);
