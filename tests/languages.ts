/**
 * The languages Quran.com speaks (its language menu), each a locale of the extension: the
 * locale files and the locale sweep are checked against this list.
 */
export const QURAN_COM_LANGUAGES = [
  'en',
  'ar',
  'bn',
  'fa',
  'fr',
  'id',
  'it',
  'nl',
  'pt',
  'ru',
  'sq',
  'th',
  'tr',
  'ur',
  'zh',
  'ms',
  'es',
  'sw',
  'vi',
] as const;
