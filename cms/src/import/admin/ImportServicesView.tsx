import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import { adminLanguage } from '../../i18n/adminLanguages.ts';
import type { User } from '../../payload-types.ts';
import { mayImportInto } from '../mayImportInto.ts';
import { importStrings } from '../strings.ts';
import { ImportServicesForm } from './ImportServicesForm.tsx';

/**
 * The admin's import page (`/admin/import-services`): choose the country and the file, check it (a dry run), read
 * the report, confirm. Offers the countries the user may import into; the endpoint checks again on every call.
 */
export async function ImportServicesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult;
  const language = adminLanguage(req.i18n.language);
  const text = importStrings(language).view;
  const user = req.user?.collection === 'users' ? (req.user as unknown as User) : undefined;
  const { docs } = await req.payload.find({
    collection: 'countries',
    locale: 'es',
    depth: 0,
    pagination: false,
    sort: 'slug',
    overrideAccess: true,
  });
  const countries = user
    ? docs.filter((country) => mayImportInto(user, country.id)).map(({ slug, name }) => ({ slug, name: name ?? slug }))
    : [];
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="import-services">
        <h1>{text.title}</h1>
        {countries.length === 0 ? <p>{text.notAllowed}</p> : <ImportServicesForm countries={countries} />}
      </Gutter>
    </DefaultTemplate>
  );
}
