import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CountryContent,
  completeDocument,
  countryContent,
  createDocument,
  createRoleWorld,
  type RoleWorld,
  reviewed,
  testPassword,
  titleField,
} from '../testing/roleFixtures.ts';
import {
  type Actor,
  localApiOutcome,
  type RouteName,
  restRequests,
  routes,
  routesForEveryActor,
  spareDocuments,
} from '../testing/roleRoutes.ts';
import { type PayloadOverHttp, servePayloadOverHttp, signIn } from '../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// Who may do what to the content of a country, as one table: every role, on its own country's documents (Honduras)
// and on another's (Guatemala), for every operation on guides, services, hubs and alerts, tried both through the
// Local API with access control on and over HTTP against Payload's REST API. Each attempt is judged by its effect
// on the stored documents, read back with access control off, not by the answer alone: Payload drops a change to a
// field someone may not change without refusing the save.

const operations = [
  'read published',
  'read draft',
  'create',
  'edit Spanish',
  'translate into Haitian Creole',
  'mark reviewed',
  'publish',
  'unpublish',
  'delete',
] as const;
type Operation = (typeof operations)[number];
type Whose = 'own country' | 'other country';

const everything: readonly Operation[] = operations;
/** What each role may do, on its own country's documents and on another country's. Everything else is refused. */
const allowed: Record<Actor, Record<Whose, readonly Operation[]>> = {
  admin: { 'own country': everything, 'other country': everything },
  // Editors unpublish rather than delete, which keeps the document and its history.
  'country editor': { 'own country': everything.filter((operation) => operation !== 'delete'), 'other country': [] },
  translator: { 'own country': ['read published', 'read draft', 'translate into Haitian Creole'], 'other country': [] },
  reviewer: { 'own country': ['read published', 'read draft', 'mark reviewed'], 'other country': [] },
  public: { 'own country': ['read published'], 'other country': ['read published'] },
};

interface Case {
  actor: Actor;
  whose: Whose;
  collection: CountryContent;
  operation: Operation;
  route: RouteName;
  expected: 'allowed' | 'refused';
}

const cases: Case[] = (Object.keys(allowed) as Actor[]).flatMap((actor) =>
  (['own country', 'other country'] as const).flatMap((whose) =>
    countryContent.flatMap((collection) =>
      operations
        .filter((operation) => operation !== 'mark reviewed' || reviewed[collection])
        .flatMap((operation) =>
          routes.map(
            (route): Case => ({
              actor,
              whose,
              collection,
              operation,
              route,
              expected: allowed[actor][whose].includes(operation) ? 'allowed' : 'refused',
            }),
          ),
        ),
    ),
  ),
);

/** What came of an attempt: Payload's answer (an HTTP status, or the Local API's error name) and a document read. */
interface Answer {
  status: number | string;
  doc?: Record<string, unknown>;
  docs?: Record<string, unknown>[];
}

/** The ways in: each runs one operation as one user (or nobody) and reports Payload's answer. */
interface Route {
  findByID(collection: CountryContent, id: number, options: { draft: boolean }): Promise<Answer>;
  findWhereId(collection: CountryContent, id: number, options: { draft: boolean }): Promise<Answer>;
  create(collection: CountryContent, data: Record<string, unknown>): Promise<Answer>;
  update(
    collection: CountryContent,
    id: number,
    data: Record<string, unknown>,
    options: { draft: boolean; locale: string },
  ): Promise<Answer>;
  delete(collection: CountryContent, id: number): Promise<Answer>;
}

function localApi(payload: Payload, user: RoleWorld['users'][keyof RoleWorld['users']] | undefined): Route {
  const run = async (operation: () => Promise<unknown>): Promise<Answer> => {
    const outcome = await localApiOutcome(operation);
    if (!outcome.ok) return { status: outcome.status ?? outcome.name };
    const result = outcome.result as Record<string, unknown>;
    return { status: 'ok', doc: result, docs: (result.docs as Record<string, unknown>[] | undefined) ?? undefined };
  };
  const asUser = { overrideAccess: false, user: user ?? null, depth: 0 } as const;
  return {
    findByID: (collection, id, { draft }) => run(() => payload.findByID({ collection, id, draft, locale: 'es', ...asUser })),
    findWhereId: (collection, id, { draft }) =>
      run(() => payload.find({ collection, where: { id: { equals: id } }, draft, locale: 'es', ...asUser })),
    create: (collection, data) => run(() => payload.create({ collection, data: data as never, draft: true, locale: 'es', ...asUser })),
    update: (collection, id, data, { draft, locale }) =>
      run(() => payload.update({ collection, id, data: data as never, draft, locale: locale as 'es', ...asUser })),
    delete: (collection, id) => run(() => payload.delete({ collection, id, ...asUser })),
  };
}

function restApi(baseUrl: string, token: string | undefined): Route {
  const request = restRequests(baseUrl, token);
  const call = async (method: string, path: string, query: Record<string, string>, body?: unknown): Promise<Answer> => {
    const response = await request(
      method,
      `${path}?${new URLSearchParams({ depth: '0', ...query })}`,
      body === undefined ? undefined : JSON.stringify(body),
    );
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return {
      status: response.status,
      doc: (json.doc as Record<string, unknown> | undefined) ?? json,
      docs: json.docs as Record<string, unknown>[] | undefined,
    };
  };
  return {
    findByID: (collection, id, { draft }) => call('GET', `${collection}/${id}`, { draft: String(draft), locale: 'es' }),
    findWhereId: (collection, id, { draft }) =>
      call('GET', collection, { 'where[id][equals]': String(id), draft: String(draft), locale: 'es' }),
    create: (collection, data) => call('POST', collection, { draft: 'true', locale: 'es' }, data),
    update: (collection, id, data, { draft, locale }) =>
      call('PATCH', `${collection}/${id}`, { ...(draft ? { draft: 'true' } : {}), locale }, data),
    delete: (collection, id) => call('DELETE', `${collection}/${id}`, {}),
  };
}

/** A refusal is Payload saying no (403, 404, Forbidden, NotFound) or saving without the change; never a crash. */
const refusals: (number | string)[] = [403, 404];

describe('who may do what to a country’s content', () => {
  let test: TestPayload;
  let payload: Payload;
  let http: PayloadOverHttp;
  let world: RoleWorld;
  let routeFor: Record<RouteName, Record<Actor, Route>>;
  /** Per collection and country: a published document and a document that only exists as a draft. */
  const shared = {} as Record<CountryContent, Record<Whose, { published: number; draftOnly: number }>>;
  let serial = 0;
  const unique = (what: string) => `${what}-${++serial}`;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    world = await createRoleWorld(payload);
    http = await servePayloadOverHttp(test);
    routeFor = await routesForEveryActor(http, world, {
      localApi: (user) => localApi(payload, user),
      restApi: (token) => restApi(http.baseUrl, token),
    });
    for (const collection of countryContent) {
      shared[collection] = {} as Record<Whose, { published: number; draftOnly: number }>;
      for (const whose of ['own country', 'other country'] as const) {
        const place = { country: countryOf(whose), topic: world.topic };
        shared[collection][whose] = {
          published: await createDocument(payload, collection, { ...place, slug: unique('publicado') }, 'published'),
          draftOnly: await createDocument(payload, collection, { ...place, slug: unique('borrador') }, 'draft'),
        };
      }
    }
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  const countryOf = (whose: Whose) => (whose === 'own country' ? world.countries.honduras : world.countries.guatemala);
  /** The stored document, read with access control off: the newest version (draft) or the published one. */
  const stored = (collection: CountryContent, id: number, { draft, locale = 'es' }: { draft: boolean; locale?: string }) =>
    payload
      .find({ collection, where: { id: { equals: id } }, draft, locale: locale as 'es', depth: 0, fallbackLocale: false as never })
      .then(({ docs }) => docs[0] as Record<string, unknown> | undefined);

  /**
   * A document to publish, unpublish or delete, in the state the attempt needs. A refused attempt leaves it as it
   * was, so the next attempt reuses it; one that had its effect uses it up.
   */
  const spare = spareDocuments();
  const spareDocument = (collection: CountryContent, whose: Whose, status: 'draft' | 'published') =>
    spare(`${collection} ${whose} ${status}`, () =>
      createDocument(payload, collection, { country: countryOf(whose), topic: world.topic, slug: unique('repuesto') }, status),
    );

  /** Runs the attempt and returns whether it had its effect, after checking Payload answered as it should. */
  async function attempt({ actor, whose, collection, operation, route: routeName }: Case): Promise<boolean> {
    const route = routeFor[routeName][actor];
    const { published, draftOnly } = shared[collection][whose];
    const titleOf = titleField[collection];
    const answered: Answer[] = [];
    const note = (answer: Answer) => {
      answered.push(answer);
      return answer;
    };
    let happened: boolean;

    switch (operation) {
      case 'read published':
      case 'read draft': {
        const draft = operation === 'read draft';
        const id = draft ? draftOnly : published;
        const byId = note(await route.findByID(collection, id, { draft }));
        const listed = note(await route.findWhereId(collection, id, { draft }));
        const gotById = byId.doc?.id === id;
        const gotListed = (listed.docs ?? []).some((doc) => doc.id === id);
        // Both routes to the same document must agree.
        expect(gotListed, 'found by id and by a list query alike').toBe(gotById);
        happened = gotById;
        break;
      }
      case 'create': {
        const slug = unique('nuevo');
        note(
          await route.create(collection, {
            ...completeDocument(collection, { country: countryOf(whose), topic: world.topic, slug }),
            _status: 'draft',
          }),
        );
        happened = (await payload.count({ collection, where: { slug: { equals: slug } } })).totalDocs === 1;
        break;
      }
      case 'edit Spanish':
      case 'translate into Haitian Creole': {
        const locale = operation === 'edit Spanish' ? 'es' : 'ht';
        const text = unique(`texto ${locale}`);
        note(await route.update(collection, published, { [titleOf]: text, _status: 'draft' }, { draft: true, locale }));
        happened = (await stored(collection, published, { draft: true, locale }))?.[titleOf] === text;
        break;
      }
      case 'mark reviewed': {
        const organisation = unique('Revisado por ACNUR');
        note(
          await route.update(
            collection,
            published,
            { review: { lastReviewedAt: '2026-11-20T00:00:00.000Z', reviewedBy: organisation }, _status: 'draft' },
            { draft: true, locale: 'es' },
          ),
        );
        const review = (await stored(collection, published, { draft: true }))?.review as { reviewedBy?: string } | undefined;
        happened = review?.reviewedBy === organisation;
        break;
      }
      case 'publish': {
        const { id, used } = await spareDocument(collection, whose, 'draft');
        note(await route.update(collection, id, { _status: 'published' }, { draft: false, locale: 'es' }));
        happened = (await stored(collection, id, { draft: false }))?._status === 'published';
        if (happened) used();
        break;
      }
      case 'unpublish': {
        const { id, used } = await spareDocument(collection, whose, 'published');
        // What the admin's Unpublish button sends.
        note(await route.update(collection, id, { _status: 'draft' }, { draft: false, locale: 'es' }));
        happened = (await stored(collection, id, { draft: false }))?._status === 'draft';
        if (happened) used();
        break;
      }
      case 'delete': {
        const { id, used } = await spareDocument(collection, whose, 'draft');
        note(await route.delete(collection, id));
        happened = (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 0;
        if (happened) used();
        break;
      }
    }
    for (const answer of answered) {
      const accepted = answer.status === 'ok' || answer.status === 200 || answer.status === 201;
      expect(accepted || refusals.includes(answer.status), `answered ${answer.status}: ${JSON.stringify(answer.doc)}`).toBe(true);
    }
    return happened;
  }

  it.each(cases)('$actor, $whose, $collection: $operation ($route) → $expected', async (row) => {
    expect((await attempt(row)) ? 'allowed' : 'refused').toBe(row.expected);
  });

  it('covers every role, both countries, every collection and operation, on both routes', () => {
    // 5 roles × 2 countries × (3 collections × 9 operations + alerts × 8, which are not reviewed) × 2 routes.
    expect(cases).toHaveLength(5 * 2 * (3 * 9 + 8) * 2);
  });

  describe('a Honduras editor and Guatemala’s content, by every route', () => {
    const guatemalan = () => ({ guide: shared.guides['other country'].draftOnly, service: shared.services['other country'].published });
    const editorToken = () => signIn(http, world.users.editor.email, testPassword);
    const rest = async (path: string, init: RequestInit = {}) => {
      const response = await restRequests(http.baseUrl, await editorToken())(init.method ?? 'GET', path, init.body ?? undefined);
      const text = await response.text();
      try {
        return { status: response.status, json: JSON.parse(text) as Record<string, unknown> };
      } catch {
        throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${text}`);
      }
    };
    const graphql = async (query: string) =>
      (await rest('graphql', { method: 'POST', body: JSON.stringify({ query }) })).json as {
        data?: Record<string, unknown>;
        errors?: { message: string }[];
      };

    it('does not find a Guatemalan draft in a REST list, even asking for Guatemala by name', async () => {
      const { guatemala } = world.countries;
      for (const query of [
        `where[country][equals]=${guatemala}`,
        `where[id][equals]=${guatemalan().guide}`,
        'where[slug][like]=borrador',
      ]) {
        const { status, json } = await rest(`guides?draft=true&depth=0&${query}`);
        expect(status).toBe(200);
        expect((json.docs as { country: number }[]).map((doc) => doc.country)).not.toContain(guatemala);
      }
      const versions = await rest(`guides/versions?where[parent][equals]=${guatemalan().guide}&depth=0`);
      expect(versions.json.docs).toEqual([]);
    });

    it('does not read a Guatemalan draft by its id, over REST or GraphQL', async () => {
      expect([403, 404]).toContain((await rest(`guides/${guatemalan().guide}?draft=true&depth=0`)).status);
      const byGraphql = await graphql(`{ Guide(id: ${guatemalan().guide}, draft: true) { id title } }`);
      expect(byGraphql.data?.Guide ?? null).toBeNull();
      expect(byGraphql.errors?.[0]?.message).toMatch(/not allowed|not found/i);
      const listed = await graphql(`{ Guides(draft: true, where: { id: { equals: ${guatemalan().guide} } }) { docs { id } } }`);
      expect(listed.data?.Guides).toEqual({ docs: [] });
    });

    it('does not change a Guatemalan service over REST, GraphQL or the Local API', async () => {
      const { service } = guatemalan();
      const before = await stored('services', service, { draft: true });
      expect(
        (await rest(`services/${service}?draft=true`, { method: 'PATCH', body: JSON.stringify({ name: 'Cambiado', _status: 'draft' }) }))
          .status,
      ).toBe(403);
      expect(
        (await rest(`services?where[id][equals]=${service}`, { method: 'PATCH', body: JSON.stringify({ name: 'Cambiado' }) })).json.docs,
      ).toEqual([]);
      const byGraphql = await graphql(`mutation { updateService(id: ${service}, draft: true, data: { name: "Cambiado" }) { id } }`);
      expect(byGraphql.errors?.[0]?.message).toMatch(/not allowed|not found/i);
      await expect(
        payload.update({
          collection: 'services',
          id: service,
          data: { name: 'Cambiado' },
          draft: true,
          overrideAccess: false,
          user: world.users.editor,
        }),
      ).rejects.toThrow(/not allowed/i);
      expect(await stored('services', service, { draft: true })).toEqual(before);
    });

    it('cannot move a Honduran document to Guatemala, nor create one there', async () => {
      const own = shared.services['own country'].published;
      const { guatemala } = world.countries;
      expect(
        (await rest(`services/${own}?draft=true`, { method: 'PATCH', body: JSON.stringify({ country: guatemala, _status: 'draft' }) }))
          .status,
      ).toBe(403);
      expect((await stored('services', own, { draft: true }))?.country).toBe(world.countries.honduras);
      const created = await rest('services?draft=true', {
        method: 'POST',
        body: JSON.stringify({
          ...completeDocument('services', { country: guatemala, topic: world.topic, slug: 'intruso' }),
          _status: 'draft',
        }),
      });
      expect(created.status).toBe(403);
    });
  });

  it('makes a country editor name the country of a new draft', async () => {
    const { country: _country, ...withoutCountry } = completeDocument('guides', { country: 0, topic: world.topic, slug: 'sin-pais' });
    await expect(
      payload.create({
        collection: 'guides',
        data: { ...withoutCountry, _status: 'draft' } as never,
        draft: true,
        overrideAccess: false,
        user: world.users.editor,
      }),
    ).rejects.toThrow(/Choose the country/);
  });

  it('tells a translator who tries to publish that an editor publishes', async () => {
    const token = await (
      await fetch(`${http.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: world.users.translator.email, password: testPassword }),
      })
    ).json();
    const id = shared.guides['own country'].published;
    const headers = { 'content-type': 'application/json', authorization: `JWT ${(token as { token: string }).token}` };
    // Publishing outright is refused by the collection's access (the admin hides the Publish button on that answer).
    const publish = await fetch(`${http.baseUrl}/api/guides/${id}?locale=ht`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: 'Gid', _status: 'published' }),
    });
    expect(publish.status).toBe(403);
    // A save without `draft` would write the published document: refused with the reason.
    const live = await fetch(`${http.baseUrl}/api/guides/${id}?locale=ht`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: 'Gid' }),
    });
    expect(live.status).toBe(403);
    expect(JSON.stringify(await live.json())).toMatch(/save drafts only: a country editor publishes/);
    expect((await stored('guides', id, { draft: false, locale: 'ht' }))?.title).not.toBe('Gid');
    // In the admin the request carries the editor's language (the admin's language cookie, or the browser's).
    const inSpanish = await fetch(`${http.baseUrl}/api/guides/${id}?locale=ht`, {
      method: 'PATCH',
      headers: { ...headers, cookie: 'payload-lng=es' },
      body: JSON.stringify({ title: 'Gid' }),
    });
    expect(inSpanish.status).toBe(403);
    expect(JSON.stringify(await inSpanish.json())).toMatch(/solo guarda borradores: publica o despublica quien edita el país/);
  });
});
