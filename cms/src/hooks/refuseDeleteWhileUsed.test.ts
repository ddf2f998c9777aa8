import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountryAndTopic, spanishGuide } from '../testing/fixtures.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';

describe('deleting a topic or a country that documents use', () => {
  let test: TestPayload;
  let payload: Payload;
  let ids: { country: number; topic: number };
  let risks: number;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    ids = await createCountryAndTopic(payload);
    risks = (
      await payload.create({ collection: 'topics', locale: 'es', data: { title: 'Riesgos', slug: 'risks', kind: 'risks', order: 2 } })
    ).id;
    for (const title of ['Ofertas de empleo falsas', 'Visas falsas', 'Coyotes', 'Préstamos abusivos', 'Trata de personas']) {
      await payload.create({
        collection: 'guides',
        locale: 'es',
        data: { ...spanishGuide({ ...ids, topic: risks }, title), _status: 'published' },
      });
    }
    // A draft counts too: publishing it later would fail for want of a topic.
    await payload.create({
      collection: 'guides',
      locale: 'es',
      draft: true,
      data: { ...spanishGuide({ ...ids, topic: risks }, 'Remesas'), _status: 'draft' },
    });
  });
  afterAll(async () => {
    await test?.stop();
  });

  it('refuses to delete a topic that guides use, naming them', async () => {
    await expect(payload.delete({ collection: 'topics', id: risks })).rejects.toThrow(
      'topics "risks" is used by 6 guides (costa-rica: coyotes, ofertas-de-empleo-falsas, prestamos-abusivos, remesas, ' +
        'trata-de-personas, …): move them to another topic first',
    );
    expect((await payload.findByID({ collection: 'topics', id: risks })).slug).toBe('risks');
  });

  it('counts a published guide whose unpublished changes move it to the topic', async () => {
    const otherTopic = await payload.create({
      collection: 'topics',
      locale: 'es',
      data: { title: 'Retorno', slug: 'return', kind: 'return', order: 3 },
    });
    const guide = await payload.create({
      collection: 'guides',
      locale: 'es',
      data: { ...spanishGuide(ids, 'Volver a casa'), _status: 'published' },
    });
    await payload.update({ collection: 'guides', id: guide.id, locale: 'es', draft: true, data: { topic: otherTopic.id } });

    await expect(payload.delete({ collection: 'topics', id: otherTopic.id })).rejects.toThrow(
      'topics "return" is used by 1 guide (costa-rica: volver-a-casa): move them to another topic first',
    );
  });

  it('deletes a topic nothing uses', async () => {
    const unused = await payload.create({
      collection: 'topics',
      locale: 'es',
      data: { title: 'Bienestar', slug: 'wellbeing', kind: 'wellbeing', order: 4 },
    });
    await payload.delete({ collection: 'topics', id: unused.id });
    expect((await payload.count({ collection: 'topics', where: { id: { equals: unused.id } } })).totalDocs).toBe(0);
  });

  it('refuses to delete a country that content uses, per collection', async () => {
    await payload.create({
      collection: 'services',
      locale: 'es',
      draft: true,
      data: { name: 'Asesoría legal', slug: 'asesoria-legal', country: ids.country, _status: 'draft' },
    });
    await expect(payload.delete({ collection: 'countries', id: ids.country })).rejects.toThrow(
      'countries "costa-rica" is used by 7 guides (coyotes, ofertas-de-empleo-falsas, prestamos-abusivos, remesas, trata-de-personas, …), ' +
        '1 service (asesoria-legal): move them to another country or delete them first',
    );
  });

  it('answers an API caller with a conflict and the reason', async () => {
    const error = await payload.delete({ collection: 'topics', id: risks }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 409, isPublic: true });
  });
});
