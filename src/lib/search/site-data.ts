/**
 * Build time: the matcher's data for this site, made once per build and shared by the pages that ship it
 * (the search page and the staff reference).
 */
import { bank } from '../../data/bank';
import { otherSubjects } from '../../data/other-subjects';
import { questionWords } from '../../data/question-words';
import { vocabulary } from '../../data/vocabulary';
import { getSearchSources } from '../answers';
import { buildSearchData } from './build-data';
import type { SearchData } from './matcher';
import { createReader } from './readings';

/** The text of the MDX components that show the bank's contact, as a customer reads it. */
const c = bank.contact;
const names = `担当：${c.staff.map((s) => s.base).join('、')}`;
const COMPONENT_TEXT = { ContactCard: `${c.heading} ${c.group} TEL ${c.tel} ${names}`, StaffNames: names };
/** The readings the notice gives for the staff's names. */
const KNOWN_READINGS = Object.fromEntries(c.staff.map((s) => [s.base, s.reading]));

let made: Promise<SearchData> | null = null;

export function getSearchData(): Promise<SearchData> {
  made ??= (async () => buildSearchData(await getSearchSources(), vocabulary, await createReader(KNOWN_READINGS), COMPONENT_TEXT, otherSubjects, questionWords))();
  return made;
}
