'use strict';
// node --test: the web trigger handler (src/bridge.js, and src/index.js as shipped) against a stand-in for
// @forge/teamwork-graph. Requests are in the web trigger event format
// (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/).
const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');

const { makeBridge, OPERATIONS } = require('../src/bridge');
const { makeStandIn } = require('./teamwork-graph-stand-in');

const TOKEN = 's3cret-token';
// A setObjects envelope exactly as the C++ side sends it: e2e.forge_bridge (tests/e2e/forge_bridge.cpp) checks
// that its first batch is this file, byte for byte.
const ENVELOPE = fs.readFileSync(path.join(__dirname, '..', '..', 'testdata', 'first-batch.json'), 'utf8').trimEnd();

function post(operation, body, extraHeaders = {}) {
  return {
    method: 'POST',
    path: '/x1/XUBR5WnG2Hk2V52APDdGaRSDm',
    headers: {
      Authorization: [`Bearer ${TOKEN}`],
      'Content-Type': ['application/json'],
      Accept: ['application/json'],
      ...extraHeaders,
    },
    body,
    queryParameters: operation === undefined ? {} : { operation: [].concat(operation) },
  };
}

/** Loads src/index.js afresh with `@forge/teamwork-graph` resolved to a stand-in (a CommonJS loader hook). */
function requireIndexWith(standIn) {
  const file = path.join(__dirname, '..', 'src', 'index.js');
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === '@forge/teamwork-graph' ? { graph: standIn.graph } : load.call(this, request, ...rest);
  };
  try {
    delete require.cache[file];
    return require(file);
  } finally {
    Module._load = load;
  }
}

function setup(token = TOKEN) {
  const standIn = makeStandIn();
  const logged = [];
  const bridge = makeBridge({ graph: standIn.graph, token, log: (line) => logged.push(line) });
  return { ...standIn, bridge, logged };
}

test('setObjects: the body reaches graph.setObjects as parsed JSON, the SDK answer comes back unchanged', async () => {
  const { bridge, calls, answers } = setup();
  const answer = { success: true, results: { accepted: [{ id: 'acme-1' }, { id: 'acme-2' }], rejected: [] } };
  answers.setObjects = answer;
  const response = await bridge(post('setObjects', ENVELOPE));
  assert.deepEqual(calls, [{ name: 'setObjects', request: JSON.parse(ENVELOPE) }]);
  assert.equal(calls[0].request.objects.length, 2);
  assert.equal(JSON.stringify(calls[0].request), ENVELOPE, 'nothing added, removed or reordered');
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.headers, { 'Content-Type': ['application/json'] });
  assert.equal(response.body,
               '{"success":true,"results":{"accepted":[{"id":"acme-1"},{"id":"acme-2"}],"rejected":[]}}');
});

test('an unsuccessful SDK answer is not the bridge\'s business: 200 and the answer as it is', async () => {
  const { bridge, answers } = setup();
  answers.setObjects = { success: false, error: 'Rate limit exceeded', unknownKey: [1, 2] };
  const response = await bridge(post('setObjects', ENVELOPE));
  assert.equal(response.statusCode, 200);
  assert.equal(response.body, '{"success":false,"error":"Rate limit exceeded","unknownKey":[1,2]}');
});

test('every forwarded operation calls the graph method of the same name, once', async () => {
  const bodies = {
    setObjects: { objects: [] },
    getObjectByExternalId: { objectType: 'atlassian:customer-org', externalId: 'acme-1' },
    deleteObjectsByExternalId: { objectType: 'atlassian:customer-org', externalIds: ['acme-1', 'acme-2'] },
    deleteObjectsByProperties: { properties: { batch: '7' }, objectType: 'atlassian:customer-org' },
    setUsers: { users: [{ externalId: 'u-1' }] },
    getUserByExternalId: { externalId: 'u-1' },
    deleteUsersByExternalId: { externalIds: ['u-1'] },
    mapUsers: { directMappings: [{ externalId: 'u-1', accountId: 'a-1', updateSequenceNumber: 1, updatedAt: 1 }] },
    setGroups: { groups: [{ externalId: 'g-1', members: [{ externalId: 'u-1', type: 'USER' }] }] },
    getGroupByExternalId: { externalId: 'g-1' },
    deleteGroupsByExternalId: { externalIds: ['g-1'] },
    setRelationships: { relationships: [], connectionId: 'c-1' },
  };
  assert.deepEqual(Object.keys(bodies).sort(), Object.keys(OPERATIONS).sort());
  for (const [name, body] of Object.entries(bodies)) {
    const { bridge, calls, answers } = setup();
    answers[name] = { success: true, operation: name };
    const response = await bridge(post(name, JSON.stringify(body)));
    assert.equal(response.statusCode, 200, name);
    assert.deepEqual(calls, [{ name, request: body }], name);
    assert.equal(response.body, JSON.stringify({ success: true, operation: name }), name);
  }
});

async function refused(request, statusCode, code, { token } = {}) {
  const { bridge, calls } = setup(token);
  const response = await bridge(request);
  assert.equal(response.statusCode, statusCode);
  assert.equal(JSON.parse(response.body).bridgeError, code);
  assert.deepEqual(calls, [], 'the SDK must not be called');
  return response;
}

test('without a configured token every call is refused (web trigger URLs have no authentication)', async () => {
  await refused(post('setObjects', ENVELOPE), 500, 'not_configured', { token: '' });
});

test('a missing, wrong or repeated Authorization is 401', async () => {
  const request = post('setObjects', ENVELOPE);
  delete request.headers.Authorization;
  await refused(request, 401, 'unauthorized');
  await refused(post('setObjects', ENVELOPE, { Authorization: ['Bearer wrong'] }), 401, 'unauthorized');
  await refused(post('setObjects', ENVELOPE, { Authorization: [`Bearer ${TOKEN}x`] }), 401, 'unauthorized');
  await refused(post('setObjects', ENVELOPE, { Authorization: [`Bearer ${TOKEN}`, `Bearer ${TOKEN}`] }), 401,
                'unauthorized');
});

test('header names are matched whatever their case', async () => {
  const { bridge, calls } = setup();
  const request = post('setObjects', ENVELOPE);
  request.headers = { authorization: [`Bearer ${TOKEN}`], 'content-type': ['application/json; charset=utf-8'] };
  const response = await bridge(request);
  assert.equal(response.statusCode, 200);
  assert.equal(calls.length, 1);
});

test('only POST', async () => {
  const request = post('setObjects', ENVELOPE);
  request.method = 'GET';
  await refused(request, 405, 'method_not_allowed');
});

test('the operation must be exactly one forwarded name', async () => {
  await refused(post(undefined, ENVELOPE), 400, 'operation_missing');
  await refused(post(['setObjects', 'setUsers'], ENVELOPE), 400, 'operation_missing');
  await refused(post('setobjects', ENVELOPE), 400, 'unknown_operation');
  await refused(post('deleteObjects', ENVELOPE), 400, 'unknown_operation'); // undocumented
  await refused(post('constructor', ENVELOPE), 400, 'unknown_operation');
  await refused(post('__proto__', ENVELOPE), 400, 'unknown_operation');
});

test('the body must be a JSON object sent as application/json', async () => {
  await refused(post('setObjects', ENVELOPE, { 'Content-Type': ['text/plain'] }), 415, 'not_json');
  await refused(post('setObjects', '{"objects":['), 400, 'invalid_json');
  await refused(post('setObjects', undefined), 400, 'invalid_json');
  await refused(post('setObjects', '[]'), 400, 'not_an_object');
  await refused(post('setObjects', 'null'), 400, 'not_an_object');
});

test('documented per-request maximums are checked again', async () => {
  const objects = Array.from({ length: 101 }, (_, i) => ({ id: `o-${i}` }));
  await refused(post('setObjects', JSON.stringify({ objects })), 400, 'too_many');
  await refused(post('setObjects', '{"objects":{}}'), 400, 'list_missing');
  const ids = Array.from({ length: 101 }, (_, i) => `o-${i}`);
  await refused(post('deleteObjectsByExternalId', JSON.stringify({ objectType: 't', externalIds: ids })), 400,
                'too_many');
  const { bridge, calls } = setup();
  const response = await bridge(post('setObjects', JSON.stringify({ objects: objects.slice(0, 100) })));
  assert.equal(response.statusCode, 200);
  assert.equal(calls[0].request.objects.length, 100);
});

test('an SDK exception is a 502 whose body does not quote it; the app log gets it', async () => {
  const { bridge, answers, logged } = setup();
  answers.setObjects = new Error('objects[0] "Acme" is invalid');
  const response = await bridge(post('setObjects', ENVELOPE));
  assert.equal(response.statusCode, 502);
  assert.equal(response.body, '{"bridgeError":"sdk_error","message":"graph.setObjects threw; see the app\'s logs"}');
  assert.deepEqual(logged, ['graph.setObjects failed: objects[0] "Acme" is invalid']);
});

test('index.js as shipped: @forge/teamwork-graph\'s graph and the CSM_BRIDGE_TOKEN variable', async (t) => {
  const standIn = makeStandIn();
  const saved = process.env.CSM_BRIDGE_TOKEN;
  t.after(() => {
    if (saved === undefined) delete process.env.CSM_BRIDGE_TOKEN;
    else process.env.CSM_BRIDGE_TOKEN = saved;
  });
  const index = requireIndexWith(standIn);
  process.env.CSM_BRIDGE_TOKEN = TOKEN;
  const response = await index.bridge(post('setObjects', ENVELOPE));
  assert.equal(response.statusCode, 200);
  assert.deepEqual(standIn.calls, [{ name: 'setObjects', request: JSON.parse(ENVELOPE) }]);
  delete process.env.CSM_BRIDGE_TOKEN;
  assert.equal((await index.bridge(post('setObjects', ENVELOPE))).statusCode, 500);
  const logged = [];
  t.mock.method(console, 'log', (line) => logged.push(line));
  assert.deepEqual(
    await index.onConnectionChange({ action: 'CREATED', name: 'My Connection',
                                     connectionId: 'edc0ce33-2f67-4997-8c0f-c5f38923e33f' }),
    { success: true });
  assert.deepEqual(logged, ['connection CREATED: edc0ce33-2f67-4997-8c0f-c5f38923e33f']);
});

test('manifest.yml: the documented scopes, and every function reference resolves to an export of src/index.js', () => {
  // Line-based on purpose (Node has no YAML parser built in); @forge/manifest's validation (tools/) does not
  // check the graph:connector function references, so this does.
  const text = fs.readFileSync(path.join(__dirname, '..', 'manifest.yml'), 'utf8');
  const scopes = [...text.matchAll(/^ {4}- ([a-z]+:[a-z]+:[a-z]+)$/gm)].map((m) => m[1]);
  assert.deepEqual(scopes, ['write:object:jira', 'read:object:jira', 'delete:object:jira']);
  const declared = new Map(
    [...text.matchAll(/^ {4}- key: (\S+)\n {6}handler: (\S+)$/gm)].map((m) => [m[1], m[2]]));
  assert.deepEqual([...declared.keys()], ['bridge', 'on-connection-change']);
  const references = [...text.matchAll(/^ +function: (\S+)$/gm)].map((m) => m[1]);
  assert.deepEqual(references, ['on-connection-change', 'bridge']);
  for (const ref of references) assert.ok(declared.has(ref), `function ${ref} is declared`);
  const index = requireIndexWith(makeStandIn());
  for (const handler of declared.values()) {
    const [file, name] = handler.split('.');
    assert.equal(file, 'index');
    assert.equal(typeof index[name], 'function', handler);
  }
});
