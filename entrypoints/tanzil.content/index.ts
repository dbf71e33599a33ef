import { runSiteReader } from '@/utils/sites/run-reader';
import { tanzilReader } from './extract';

// https://tanzil.net/#2:255 · https://tanzil.net/#trans/en.sahih/2:255
// https://tanzil.net/#page-50 · https://tanzil.net/#juz-3
export default defineContentScript({
  matches: ['https://tanzil.net/*', 'https://www.tanzil.net/*'],
  main(ctx) {
    runSiteReader(ctx, tanzilReader);
  },
});
