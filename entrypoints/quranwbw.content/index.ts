import { runSiteReader } from '@/utils/sites/run-reader';
import { quranwbwReader } from './extract';

// https://quranwbw.com/2 · /2/255 · /2:255 · /2/255-260 · /2?startVerse=255 · /2#255
// https://quranwbw.com/page?id=42 · /juz?id=3 · /hizb?id=5
export default defineContentScript({
  matches: ['https://quranwbw.com/*', 'https://www.quranwbw.com/*'],
  main(ctx) {
    runSiteReader(ctx, quranwbwReader);
  },
});
