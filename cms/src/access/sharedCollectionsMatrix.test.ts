import type { CollectionSlug, Payload } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Country, User } from '../payload-types.ts';
import { createRoleWorld, type RoleWorld, testPassword } from '../testing/roleFixtures.ts';
import {
  type Actor,
  accountOf,
  localApiOutcome,
  type RouteName,
  restRequests,
  routes,
  routesForEveryActor,
  spareDocuments,
} from '../testing/roleRoutes.ts';
import { type PayloadOverHttp, servePayloadOverHttp } from '../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

// Who may do what to what every country shares or that is nobody's country: countries, topics, images and
// accounts. One table, tried through the Local API with access control on and over HTTP against the REST API, each
// attempt judged by its effect on the stored documents.

const staff: Actor[] = ['admin', 'country editor', 'translator', 'reviewer'];
const everyone: Actor[] = [...staff, 'public'];

const allowed = {
  countries: {
    'read a country': everyone,
    'create a country': ['admin'],
    "rename one's own country": ['admin', 'country editor'],
    'rename another country': ['admin'],
    'delete a country': ['admin'],
  },
  topics: {
    'read a topic': everyone,
    'create a topic': ['admin'],
    'reword a topic': ['admin'],
    'delete a topic': ['admin'],
  },
  media: {
    'read an image no published page shows': staff,
    'upload an image': ['admin', 'country editor'],
    "change an image's text alternative": ['admin', 'country editor'],
    'delete an image': ['admin'],
  },
  users: {
    "read another person's account": ['admin'],
    "change one's own name": staff,
    'give oneself another country': ['admin'],
    'create an account': ['admin'],
    "delete another person's account": ['admin'],
  },
} satisfies Record<string, Record<string, Actor[]>>;

type Collection = keyof typeof allowed;

const cases = (Object.keys(allowed) as Collection[]).flatMap((collection) =>
  Object.entries(allowed[collection] as Record<string, Actor[]>).flatMap(([operation, who]) =>
    everyone.flatMap((actor) =>
      routes.map((route) => ({ collection, operation, actor, route, expected: who.includes(actor) ? 'allowed' : 'refused' })),
    ),
  ),
);

/** The ways in, for any collection; each answers with the HTTP status (or the Local API's) and never throws. */
interface Route {
  findByID(collection: CollectionSlug, id: number): Promise<number>;
  create(collection: CollectionSlug, data: Record<string, unknown>, file?: { data: Buffer; name: string }): Promise<number>;
  update(collection: CollectionSlug, id: number, data: Record<string, unknown>): Promise<number>;
  delete(collection: CollectionSlug, id: number): Promise<number>;
}

describe('who may do what to countries, topics, images and accounts', () => {
  let test: TestPayload;
  let payload: Payload;
  let http: PayloadOverHttp;
  let world: RoleWorld;
  let png: Buffer;
  let serial = 0;
  let routeFor: Record<RouteName, Record<Actor, Route>>;
  const userOf = (actor: Exclude<Actor, 'public'>) => accountOf(world, actor) as User;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    world = await createRoleWorld(payload);
    http = await servePayloadOverHttp(test);
    png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer();
    routeFor = await routesForEveryActor(http, world, { localApi, restApi });
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  function localApi(user: User | undefined): Route {
    const status = async (operation: () => Promise<unknown>) => {
      const outcome = await localApiOutcome(operation);
      return outcome.ok ? 200 : (outcome.status ?? 500);
    };
    const asUser = { overrideAccess: false, user: user ?? null, depth: 0, locale: 'es' } as const;
    return {
      findByID: (collection, id) => status(() => payload.findByID({ collection, id, ...asUser })),
      create: (collection, data, file) =>
        status(() =>
          payload.create({
            collection,
            data: data as never,
            ...(file ? { file: { data: file.data, name: file.name, mimetype: 'image/png', size: file.data.length } } : {}),
            ...asUser,
          }),
        ),
      update: (collection, id, data) => status(() => payload.update({ collection, id, data: data as never, ...asUser })),
      delete: (collection, id) => status(() => payload.delete({ collection, id, ...asUser })),
    };
  }

  function restApi(token: string | undefined): Route {
    const request = restRequests(http.baseUrl, token);
    const call = async (method: string, path: string, body?: BodyInit, json = true) => {
      const response = await request(method, path, body, { json });
      await response.arrayBuffer();
      return response.status;
    };
    return {
      findByID: (collection, id) => call('GET', `${collection}/${id}?depth=0`),
      create: (collection, data, file) => {
        if (!file) return call('POST', `${collection}?locale=es`, JSON.stringify(data));
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(file.data)], { type: 'image/png' }), file.name);
        form.append('_payload', JSON.stringify(data));
        return call('POST', `${collection}?locale=es`, form, false);
      },
      update: (collection, id, data) => call('PATCH', `${collection}/${id}?locale=es`, JSON.stringify(data)),
      delete: (collection, id) => call('DELETE', `${collection}/${id}`),
    };
  }

  // Spare documents for the attempts that change or remove one; a refused attempt leaves it for the next.
  const spareCountryCodes: Country['code'][] = ['CR', 'DO', 'MX', 'PA', 'SV'];
  const spare = spareDocuments();
  const spareCountry = () =>
    spare('country', async () => {
      const code = spareCountryCodes.pop();
      if (!code) throw new Error('no country code left for a spare country');
      return (
        await payload.create({ collection: 'countries', locale: 'es', data: { code, slug: 'x', name: `País ${code}`, locales: ['es'] } })
      ).id;
    });
  const newImage = async () =>
    (
      await payload.create({
        collection: 'media',
        locale: 'es',
        data: { alt: 'Una imagen' },
        file: { data: png, mimetype: 'image/png', name: `imagen-${++serial}.png`, size: png.length },
      })
    ).id;
  const newUser = async () =>
    (
      await payload.create({
        collection: 'users',
        data: { email: `persona${++serial}@example.org`, password: testPassword, roles: ['reviewer'] },
      })
    ).id;
  const exists = async (collection: CollectionSlug, id: number) =>
    (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1;

  /** Runs one attempt; returns whether it had its effect, having checked Payload answered 2xx, 403 or 404. */
  async function attempt(collection: Collection, operation: string, actor: Actor, routeName: RouteName): Promise<boolean> {
    const route = routeFor[routeName][actor];
    const text = `texto ${++serial}`;
    let status: number;
    let happened: boolean;
    switch (`${collection}: ${operation}`) {
      case 'countries: read a country':
        status = await route.findByID('countries', world.countries.guatemala);
        happened = status === 200;
        break;
      case 'countries: create a country': {
        const code = spareCountryCodes.pop() as Country['code'];
        status = await route.create('countries', { code, slug: 'x', name: 'Nuevo', locales: ['es'] });
        const made = (await payload.find({ collection: 'countries', where: { code: { equals: code } } })).docs[0];
        happened = made !== undefined;
        if (made) await payload.delete({ collection: 'countries', id: made.id });
        spareCountryCodes.unshift(code);
        break;
      }
      case "countries: rename one's own country":
      case 'countries: rename another country': {
        const id = operation.includes('own') ? world.countries.honduras : world.countries.guatemala;
        status = await route.update('countries', id, { name: text });
        happened = (await payload.findByID({ collection: 'countries', id, locale: 'es' })).name === text;
        break;
      }
      case 'countries: delete a country': {
        const { id, used } = await spareCountry();
        status = await route.delete('countries', id);
        happened = !(await exists('countries', id));
        if (happened) used();
        break;
      }
      case 'topics: read a topic':
        status = await route.findByID('topics', world.topic);
        happened = status === 200;
        break;
      case 'topics: create a topic': {
        const slug = `tema-${++serial}`;
        status = await route.create('topics', { title: text, slug, kind: 'risks' });
        happened = (await payload.count({ collection: 'topics', where: { slug: { equals: slug } } })).totalDocs === 1;
        break;
      }
      case 'topics: reword a topic':
        status = await route.update('topics', world.topic, { title: text });
        happened = (await payload.findByID({ collection: 'topics', id: world.topic, locale: 'es' })).title === text;
        break;
      case 'topics: delete a topic': {
        const { id, used } = await spare('topic', async () => {
          const slug = `repuesto-${++serial}`;
          return (await payload.create({ collection: 'topics', locale: 'es', data: { title: 'Repuesto', slug, kind: 'risks' } })).id;
        });
        status = await route.delete('topics', id);
        happened = !(await exists('topics', id));
        if (happened) used();
        break;
      }
      case 'media: read an image no published page shows': {
        const { id } = await spare('image to read', newImage);
        status = await route.findByID('media', id);
        happened = status === 200;
        break;
      }
      case 'media: upload an image': {
        const name = `subida-${++serial}.png`;
        status = await route.create('media', { alt: text }, { data: png, name });
        happened = (await payload.count({ collection: 'media', where: { filename: { equals: name } } })).totalDocs === 1;
        break;
      }
      case "media: change an image's text alternative": {
        const { id } = await spare('image to describe', newImage);
        status = await route.update('media', id, { alt: text });
        happened = (await payload.findByID({ collection: 'media', id, locale: 'es' })).alt === text;
        break;
      }
      case 'media: delete an image': {
        const { id, used } = await spare('image to delete', newImage);
        status = await route.delete('media', id);
        happened = !(await exists('media', id));
        if (happened) used();
        break;
      }
      case "users: read another person's account":
        status = await route.findByID('users', actor === 'admin' ? world.users.editor.id : world.users.admin.id);
        happened = status === 200;
        break;
      case "users: change one's own name":
      case 'users: give oneself another country': {
        if (actor === 'public') {
          status = await route.update('users', world.users.reviewer.id, { name: text });
          happened = (await payload.findByID({ collection: 'users', id: world.users.reviewer.id })).name === text;
          break;
        }
        const own = userOf(actor).id;
        const data = operation.includes('name') ? { name: text } : { countries: [world.countries.honduras, world.countries.guatemala] };
        status = await route.update('users', own, data);
        const after = await payload.findByID({ collection: 'users', id: own, depth: 0 });
        happened = operation.includes('name') ? after.name === text : Boolean(after.countries?.includes(world.countries.guatemala));
        if (happened && !operation.includes('name')) {
          await payload.update({ collection: 'users', id: own, data: { countries: userOf(actor).countries as number[] } });
        }
        break;
      }
      case 'users: create an account': {
        const email = `nueva${++serial}@example.org`;
        status = await route.create('users', { email, password: testPassword, roles: ['reviewer'] });
        happened = (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs === 1;
        break;
      }
      case "users: delete another person's account": {
        const { id, used } = await spare('account', newUser);
        status = await route.delete('users', id);
        happened = !(await exists('users', id));
        if (happened) used();
        break;
      }
      default:
        throw new Error(`no attempt written for ${collection}: ${operation}`);
    }
    expect([200, 201, 403, 404], `answered ${status}`).toContain(status);
    return happened;
  }

  it.each(cases)('$actor, $collection: $operation ($route) → $expected', async ({ collection, operation, actor, route, expected }) => {
    expect((await attempt(collection, operation, actor, route)) ? 'allowed' : 'refused').toBe(expected);
  });

  it('covers every role and operation on both routes', () => {
    // 18 operations × 5 roles (public included) × 2 routes.
    expect(cases).toHaveLength(18 * 5 * 2);
  });
});
