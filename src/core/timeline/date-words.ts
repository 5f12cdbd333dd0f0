/**
 * Month and weekday words of the three languages the timeline import reads (Russian, Ukrainian,
 * English), as regular-expression sources, index 0 = January / Monday. Day-month dates use the
 * genitive in Russian and Ukrainian ("30 декабря", "31 грудня"); a month without a day ("в начале
 * января 2026 года", "у січні 2026 року") takes any case, since it only anchors the year.
 */
export type TimelineLang = 'ru' | 'uk' | 'en';

export interface LangWords {
  /** Month in a day-month date. */
  monthDay: readonly string[];
  /** Month in a month-year mention, any case form. */
  monthAny: readonly string[];
  weekday: readonly string[];
  /** Words that may follow a year: "года", "р.", … */
  yearWord: string;
  /** Prepositions that may open a sentence before its date without making the date less its subject. */
  lead: string;
}

export const DATE_WORDS: Record<TimelineLang, LangWords> = {
  ru: {
    monthDay: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    monthAny: [
      'январ[ьяею]',
      'феврал[ьяею]',
      'март[аеу]?',
      'апрел[ьяею]',
      'ма[йяею]',
      'июн[ьяею]',
      'июл[ьяею]',
      'август[аеу]?',
      'сентябр[ьяею]',
      'октябр[ьяею]',
      'ноябр[ьяею]',
      'декабр[ьяею]',
    ],
    weekday: ['понедельник', 'вторник', 'сред[ау]', 'четверг', 'пятниц[ау]', 'суббот[ау]', 'воскресенье'],
    yearWord: '(?:года|году|год|г\\.|г(?![\\p{L}]))',
    lead: '(?:в|во|уже)',
  },
  uk: {
    monthDay: [
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
    ],
    monthAny: [
      'січ(?:ень|ня|ні)',
      'лют(?:ий|ого|ому)',
      'берез(?:ень|ня|ні)',
      'квіт(?:ень|ня|ні)',
      'трав(?:ень|ня|ні)',
      'черв(?:ень|ня|ні)',
      'лип(?:ень|ня|ні)',
      'серп(?:ень|ня|ні)',
      'верес(?:ень|ня|ні)',
      'жовт(?:ень|ня|ні)',
      'листопад(?:а|і)?',
      'груд(?:ень|ня|ні)',
    ],
    weekday: [
      'понеділ(?:ок|ка)',
      'вівтор(?:ок|ка)',
      'серед[ау]',
      'четвер(?:га)?',
      "п['’ʼ]ятниц[яюі]",
      'субот[аиу]',
      'неділ[яюі]',
    ],
    yearWord: '(?:року|рік|р\\.|р(?![\\p{L}]))',
    lead: '(?:у|в|вже)',
  },
  en: {
    monthDay: [
      'January|Jan',
      'February|Feb',
      'March|Mar',
      'April|Apr',
      'May',
      'June|Jun',
      'July|Jul',
      'August|Aug',
      'September|Sept|Sep',
      'October|Oct',
      'November|Nov',
      'December|Dec',
    ],
    monthAny: [
      'January|Jan',
      'February|Feb',
      'March|Mar',
      'April|Apr',
      'May',
      'June|Jun',
      'July|Jul',
      'August|Aug',
      'September|Sept|Sep',
      'October|Oct',
      'November|Nov',
      'December|Dec',
    ],
    weekday: [
      'Monday|Mon',
      'Tuesday|Tue|Tues',
      'Wednesday|Wed',
      'Thursday|Thu|Thurs',
      'Friday|Fri',
      'Saturday|Sat',
      'Sunday|Sun',
    ],
    yearWord: '',
    lead: '(?:on)',
  },
};

/** Which of `sources` (regex sources) the word matches, whole; -1 if none. */
export function indexOfWord(sources: readonly string[], word: string): number {
  return sources.findIndex((src) => new RegExp(`^(?:${src})\\.?$`, 'iu').test(word));
}
