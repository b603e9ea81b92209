import type { APIRoute } from 'astro';
import { soundAlikeMaxFreq } from '../../data/search';
import { buildKanjiReadings, readKanjidic } from '../../lib/search/kanji-readings';
import { getSearchData } from '../../lib/search/site-data';

/** The kanji by reading that the search page and the staff filter fetch for a typo of the same reading (sound-alike.ts). */
export const GET: APIRoute = async () => {
  const table = buildKanjiReadings(await getSearchData(), readKanjidic(), soundAlikeMaxFreq);
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
