/**
 * Components that MDX content may use without importing them:
 *   <Ruby rt="あかいし">赤石</Ruby>   <DateJa date="2016-11-21" />   <ContactCard />   <StaffNames />
 *   <SiteNote>…</SiteNote> (a few words the site adds beside the notice's own)
 * Pass this map to every rendered <Content components={mdxComponents} />.
 */
import Ruby from './Ruby.astro';
import DateJa from './DateJa.astro';
import ContactCard from './ContactCard.astro';
import StaffNames from './StaffNames.astro';
import SiteNote from './SiteNote.astro';

export const mdxComponents = { Ruby, DateJa, ContactCard, StaffNames, SiteNote };
