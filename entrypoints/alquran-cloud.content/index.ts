import { runSiteReader } from '@/utils/sites/run-reader';
import { alquranCloudReader } from './extract';

// https://alquran.cloud/surah/2 · /surah/2/en.asad · /ayah/2:255 · /ayah/262 · /juz/3
export default defineContentScript({
  matches: ['https://alquran.cloud/*', 'https://www.alquran.cloud/*'],
  main(ctx) {
    runSiteReader(ctx, alquranCloudReader);
  },
});
