import { render } from 'preact';

render(<main>Quran Goals</main>, document.getElementById('app') as HTMLElement);
