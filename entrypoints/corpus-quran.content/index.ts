import { runSiteReader } from '@/utils/sites/run-reader';
import { corpusQuranReader } from './extract';

// https://corpus.quran.com/wordbyword.jsp?chapter=2&verse=255
// https://corpus.quran.com/treebank.jsp?chapter=2&verse=255&token=3
// https://corpus.quran.com/wordmorphology.jsp?location=(2:255:3)
export default defineContentScript({
  matches: ['https://corpus.quran.com/*', 'http://corpus.quran.com/*'],
  main(ctx) {
    runSiteReader(ctx, corpusQuranReader);
  },
});
