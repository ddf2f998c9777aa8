import type { User } from '../payload-types.ts';
import { type RoleWorld, testPassword } from './roleFixtures.ts';
import { type PayloadOverHttp, signIn } from './servePayloadOverHttp.ts';

/** Whom the role tests act as: each account of the role world, and the public (nobody signed in). */
export const actors = ['admin', 'country editor', 'translator', 'reviewer', 'public'] as const;
export type Actor = (typeof actors)[number];

/** The two ways in that every role test tries: the Local API with access control on, and the REST API over HTTP. */
export const routes = ['Local API', 'REST over HTTP'] as const;
export type RouteName = (typeof routes)[number];

export function accountOf(world: RoleWorld, actor: Actor): User | undefined {
  const { admin, editor, translator, reviewer } = world.users;
  return actor === 'public' ? undefined : { admin, 'country editor': editor, translator, reviewer }[actor];
}

/** A test's adapter for each route and actor; the REST one holds the actor's session, signed in once. */
export async function routesForEveryActor<Route>(
  http: PayloadOverHttp,
  world: RoleWorld,
  adapters: { localApi(user: User | undefined): Route; restApi(token: string | undefined): Route },
): Promise<Record<RouteName, Record<Actor, Route>>> {
  const routeFor = { 'Local API': {}, 'REST over HTTP': {} } as Record<RouteName, Record<Actor, Route>>;
  for (const actor of actors) {
    const user = accountOf(world, actor);
    routeFor['Local API'][actor] = adapters.localApi(user);
    routeFor['REST over HTTP'][actor] = adapters.restApi(user ? await signIn(http, user.email, testPassword) : undefined);
  }
  return routeFor;
}

/** What a Local API call came to; a refusal carries the HTTP status REST would answer with, as Payload's errors do. */
export type LocalApiOutcome = { ok: true; result: unknown } | { ok: false; status: number | undefined; name: string };

export async function localApiOutcome(operation: () => Promise<unknown>): Promise<LocalApiOutcome> {
  try {
    return { ok: true, result: await operation() };
  } catch (error) {
    return { ok: false, status: (error as { status?: number }).status, name: (error as Error).name };
  }
}

/** Sends REST requests to `/api/…` as the holder of `token`, or as the public without one. */
export function restRequests(baseUrl: string, token: string | undefined) {
  return (method: string, path: string, body?: BodyInit, { json = true }: { json?: boolean } = {}): Promise<Response> => {
    const headers: Record<string, string> = json ? { 'content-type': 'application/json' } : {};
    if (token) headers.authorization = `JWT ${token}`;
    return fetch(`${baseUrl}/api/${path}`, { method, headers, body });
  };
}

/**
 * Documents kept for the attempts that change or remove one, by kind: a refused attempt leaves its document for the
 * next, one that had its effect uses it up (`used`) and the next attempt gets a new one from `make`.
 */
export function spareDocuments(): (kind: string, make: () => Promise<number>) => Promise<{ id: number; used: () => void }> {
  const spares = new Map<string, number>();
  return async (kind, make) => {
    let id = spares.get(kind);
    if (id === undefined) {
      id = await make();
      spares.set(kind, id);
    }
    return { id, used: () => spares.delete(kind) };
  };
}
