import { runSiteReader } from '@/utils/sites/run-reader';
import { quranComReader } from './extract';

// https://quran.com/2 · /al-baqarah · /2?startingVerse=255 · /2:255 · /ar/2/255
// https://quran.com/2:255/tafsirs/en-tafisr-ibn-kathir · /2/255-260 · /2:255-3:5
// https://quran.com/page/42 · /juz/3 · /hizb/5 · /rub/17 · /surah/2/info · /ayatul-kursi
export default defineContentScript({
  matches: ['https://quran.com/*'],
  main(ctx) {
    runSiteReader(ctx, quranComReader);
  },
});
