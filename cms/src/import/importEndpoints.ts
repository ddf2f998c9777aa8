import { APIError, addDataAndFileToRequest, type Endpoint, Forbidden } from 'payload';
import { adminLanguage } from '../i18n/adminLanguages.ts';
import type { User } from '../payload-types.ts';
import { ImportRefused, importServices } from './importServices.ts';
import { mayImportAnywhere } from './mayImportInto.ts';
import { readImportFiles } from './readImportFiles.ts';
import { templateCsv } from './serviceColumns.ts';

/**
 * `POST /api/services/import`, what the admin's import view calls: a multipart form with the spreadsheet, or one or
 * more HSDS `.json` files, as `file`
 * and `_payload` = `{ country, dryRun, publish }` (Payload's own form shape). Answers with the import's report in the
 * editor's language, 200 whether or not the file has problems (the report says), 403/404 when refused.
 */
export const importServicesEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = req.user as User | null;
    if (!user || !mayImportAnywhere(user)) throw new Forbidden(req.t);
    const language = adminLanguage(req.i18n?.language);
    await addDataAndFileToRequest(req);
    const { country, dryRun, publish } = (req.data ?? {}) as { country?: unknown; dryRun?: unknown; publish?: unknown };
    const sent = (req.files as { file?: unknown } | undefined)?.file;
    const files = (Array.isArray(sent) ? sent : sent ? [sent] : []) as { name: string; data: Buffer }[];
    if (typeof country !== 'string' || files.length === 0)
      throw new APIError('Send the file as "file" and the country\'s slug in "_payload".', 400);
    try {
      const read = await readImportFiles(
        req.payload,
        files.map(({ name, data }) => ({ name, bytes: data })),
        country,
        language,
      );
      const report = await importServices(req.payload, read, {
        country,
        dryRun: dryRun !== false,
        publish: publish === true,
        user,
        req,
        language,
      });
      return Response.json(report);
    } catch (error) {
      if (error instanceof ImportRefused) throw new APIError(error.message, error.status, undefined, true);
      throw error;
    }
  },
};

/** `GET /api/services/import-template?language=es`: the spreadsheet template with that admin language's headers. */
export const importTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !mayImportAnywhere(req.user as User)) throw new Forbidden(req.t);
    const language = adminLanguage(String(req.searchParams.get('language') ?? req.i18n?.language));
    return new Response(templateCsv(language), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="services-template-${language}.csv"`,
      },
    });
  },
};
