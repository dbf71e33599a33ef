import { runSiteReader } from '@/utils/sites/run-reader';
import { quranencReader } from './extract';

// https://quranenc.com/en/browse/english_saheeh/2 · …/english_saheeh/2-255 · …/english_saheeh/2/255
export default defineContentScript({
  matches: ['https://quranenc.com/*', 'https://www.quranenc.com/*'],
  main(ctx) {
    runSiteReader(ctx, quranencReader);
  },
});
