type JsonSchema = Record<string, unknown>;

/** `schema/openapi.json`: the read API's paths and its `Page` of paging fields. */
export const openapi: { components: { schemas: { Page: JsonSchema & { properties: JsonSchema } } } };
/** `schema/compiled/service.json`: a fully nested service. */
export const service: JsonSchema;
/** `schema/compiled/service_list.json`: a service in a list. */
export const serviceList: JsonSchema;
