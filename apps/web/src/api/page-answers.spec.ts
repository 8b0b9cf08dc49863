import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingRoutes, spaceRoutes } from '@cantiere/domain';
import { call } from './client';
import { ANSWERS_FRESH_MS, dropPageAnswers, readPageAnswers, takePageAnswer } from './page-answers';

/** A document as the server writes it, with its answers' data block. */
function pageWith(answers: unknown): Document {
  const doc = document.implementation.createHTMLDocument('Cantiere');
  const element = doc.createElement('script');
  element.type = 'application/json';
  element.id = 'cantiere-answers';
  element.textContent = typeof answers === 'string' ? answers : JSON.stringify(answers);
  doc.head.append(element);
  return doc;
}

describe('the answers a page carries', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    dropPageAnswers();
  });

  it('stand in for the first request of each path, once, and are read from the page once', async () => {
    const doc = pageWith({ '/api/meetings/m1': { meeting: { id: 'm1', title: 'Seduta' } } });
    readPageAnswers(doc);
    expect(doc.getElementById('cantiere-answers')).toBeNull();
    const fetch = vi.fn(async () => new Response(JSON.stringify({ meeting: { id: 'm1', title: 'Cambiata' } }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await expect(call(meetingRoutes.get, { params: { id: 'm1' } })).resolves.toEqual({ meeting: { id: 'm1', title: 'Seduta' } });
    expect(fetch).not.toHaveBeenCalled();
    // A second request (a refetch after a change) asks the server.
    await expect(call(meetingRoutes.get, { params: { id: 'm1' } })).resolves.toEqual({ meeting: { id: 'm1', title: 'Cambiata' } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('answer only the exact URL, and only a GET', async () => {
    readPageAnswers(pageWith({ '/api/spaces/s1': { id: 's1' }, '/api/meetings?spaceId=s1': { items: [] } }));
    const fetch = vi.fn(async () => new Response(JSON.stringify({ items: ['server'] }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await call(meetingRoutes.list, { query: { spaceId: 's1', from: '2026-12-01' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    await call(spaceRoutes.update, { params: { id: 's1' }, body: { name: 'Tavolo' } }).catch(() => undefined);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(takePageAnswer('/api/spaces/s1')).toEqual({ value: { id: 's1' } });
    expect(takePageAnswer('/api/meetings?spaceId=s1')).toEqual({ value: { items: [] } });
  });

  it('are not taken once they are no longer fresh, nor after the person logged in has changed', () => {
    readPageAnswers(pageWith({ '/api/a': 1, '/api/b': 2 }));
    expect(takePageAnswer('/api/a', ANSWERS_FRESH_MS + 1)).toBeUndefined();
    expect(takePageAnswer('/api/a', 0)).toBeUndefined();
    dropPageAnswers();
    expect(takePageAnswer('/api/b', 0)).toBeUndefined();
  });

  it('are none on a page without them or with a block that does not parse', () => {
    readPageAnswers(document.implementation.createHTMLDocument('x'));
    expect(takePageAnswer('/api/a', 0)).toBeUndefined();
    readPageAnswers(pageWith('{"/api/a": '));
    expect(takePageAnswer('/api/a', 0)).toBeUndefined();
    readPageAnswers(pageWith([1, 2]));
    expect(takePageAnswer('0', 0)).toBeUndefined();
  });
});
