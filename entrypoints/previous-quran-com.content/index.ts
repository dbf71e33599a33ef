import { runSiteReader } from '@/utils/sites/run-reader';
import { previousQuranComReader } from './extract';

// https://previous.quran.com/2 · https://previous.quran.com/2/255 · /2/255-260
export default defineContentScript({
  matches: ['https://previous.quran.com/*'],
  main(ctx) {
    runSiteReader(ctx, previousQuranComReader);
  },
});
