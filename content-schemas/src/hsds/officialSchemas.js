// The vendored HSDS 3.0 schemas as modules, so every bundler (Vite for the site, Turbopack for the CMS) carries
// them along and no code has to find the files on disk. A JavaScript file with its own declarations
// (officialSchemas.d.ts), so the type checker never infers a type for the 2 MB service schema.
import openapi from '../../hsds-3.0/openapi.json' with { type: 'json' };
import service from '../../hsds-3.0/service.json' with { type: 'json' };
import serviceList from '../../hsds-3.0/service_list.json' with { type: 'json' };

export { openapi, service, serviceList };
