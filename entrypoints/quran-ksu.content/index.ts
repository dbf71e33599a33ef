import { runSiteReader } from '@/utils/sites/run-reader';
import { quranKsuReader } from './extract';

// https://quran.ksu.edu.sa/index.php?l=en#aya=2_255&m=hafs&qaree=husary&trans=ar_mu
// https://quran.ksu.edu.sa/m.php#aya=2_255 · /index.php?aya=2_255 · /index.php?pg=50
// https://quran.ksu.edu.sa/tafseer/katheer/sura2-aya255.html
export default defineContentScript({
  matches: ['https://quran.ksu.edu.sa/*', 'http://quran.ksu.edu.sa/*'],
  main(ctx) {
    runSiteReader(ctx, quranKsuReader);
  },
});
