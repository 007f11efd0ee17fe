import { fileNameDate, isoDay, urlDate } from '../../../ingest/read/dates.js';
import { eventDate } from '../../../ingest/read/event-date.js';
import { textDate, textUrl } from '../../../ingest/read/text-meta.js';

describe('isoDay: a written date → yyyy-mm-dd, the day as written', () => {
  it.each([
    ['2021-11-08', '2021-11-08'],
    ['2021-11-08T23:30:00-05:00', '2021-11-08'],
    ['Mon, 08 Nov 2021 10:00:00 GMT', '2021-11-08'],
    ['November 8, 2021', '2021-11-08'],
    ['Nov. 8 2021', '2021-11-08'],
    ['8th November 2021', '2021-11-08'],
    ['2021/11/8', '2021-11-08'],
    ['20211108', '2021-11-08'],
    ['February 30, 2021', null],
    ['11/08/2021', null],
    ['last Tuesday', null],
    ['', null],
  ])('%s → %s', (s, want) => expect(isoDay(s)).toBe(want));
});

describe('dates in URLs and file names', () => {
  it.each([
    ['https://www.overtdefense.com/2021/11/08/iraqi-prime-minister/', '2021-11-08'],
    ['https://www.latimes.com/world-nation/story/2021-11-06/iraqi-officials', '2021-11-06'],
    ['https://jurist.org/news/2020/01/us-drone-strike', null],
    ['https://www.ifmat.org/11/09/spotlight', null],
    ['not a url', null],
  ])('url %s → %s', (u, want) => expect(urlDate(u)).toBe(want));

  it.each([
    ['news/2021-11-08.txt', '2021-11-08'],
    ['2021_11_08-drones.md', '2021-11-08'],
    ['20211108.json#3', '2021-11-08'],
    ['seeds/000_fca9d0bf6f4eb79d.txt', null],
    ['report-2021-11-08.txt', null],
  ])('file %s → %s', (f, want) => expect(fileNameDate(f)).toBe(want));
});

describe('the publication date an article states about itself', () => {
  it.each([
    ['Headline\nPublished: 3 January 2021\nBody text.', '2021-01-03'],
    ['Headline\nMonday, January 3, 2021 10:32 GMT\nBody.', '2021-01-03'],
    ['WASHINGTON, Jan. 3, 2021 — Officials said…', '2021-01-03'],
    ['International Christian Concern reported on 11/09/2021 that three drones…', '2021-11-09'],
    ['Mahmoud Al-Shamari reports for IranWire (November 8, 2021) that Ismail Qaani…', '2021-11-08'],
    ['The encyclopedia entry describes an attack on 7 November 2021 in Baghdad.', null],
    ['Iran attack on May 3, 2021 condemned by the council after the vote', null],
    ['WASHINGTON — Iran likely did not approve of the strike.', null],
  ])('%s → %s', (text, want) => expect(textDate(text)).toBe(want));

  it('takes a URL standing alone on one of the first lines', () => {
    expect(textUrl('Headline\nhttps://example.org/a/b?c=1\nBody.')).toBe('https://example.org/a/b?c=1');
    expect(textUrl('Headline\nRead more at https://example.org/a\nBody.')).toBeNull();
  });
});

describe("an event's own date in a sentence, apart from the report date", () => {
  it.each([
    ['In the early morning hours of November 7, Kadimi escaped.', '2021-11-08', '2021-11-07'],
    ['In the early morning hours of November 7, Kadimi escaped.', null, null],
    ['Drones struck on Sunday, November 7, 2021.', null, '2021-11-07'],
    ['The leaders met on 30 December.', '2022-01-02', '2021-12-30'],
    ['Protests followed the 10 October election.', '2021-11-08', null],
    ['Iran condemned the attack.', '2021-11-08', null],
  ])('%s (report %s) → %s', (s, report, want) => expect(eventDate(s, report)).toBe(want));
});
