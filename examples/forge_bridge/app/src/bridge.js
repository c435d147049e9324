'use strict';
// The bridge's web trigger. One HTTPS POST carries one payload that the C++ side has already built, validated
// and batched with csm::graph; the query parameter `operation` names the graph.* operation to call with it.
// The SDK's answer goes back as the response body unchanged. This file does not import the SDK: index.js
// passes `graph` in, so that tests can pass a stand-in (the SDK is only available to Forge connector EAP apps).
//
// Request and response formats: https://developer.atlassian.com/platform/forge/events-reference/web-trigger/
// (headers are arrays of strings; the response needs `statusCode`, its body is a string).

const { createHash, timingSafeEqual } = require('node:crypto');

/**
 * The operations the bridge forwards, by their SDK name: for those whose request carries a list with a
 * documented per-request maximum, the list's key and that maximum (a cheap second check; the C++ side batches).
 * Sources: https://developer.atlassian.com/platform/teamwork-graph/connector-reference/overview
 * and https://developer.atlassian.com/platform/teamwork-graph/rate-limits
 */
const OPERATIONS = Object.freeze({
  setObjects: { list: 'objects', max: 100 },
  getObjectByExternalId: {},
  deleteObjectsByExternalId: { list: 'externalIds', max: 100 },
  deleteObjectsByProperties: {},
  setUsers: { list: 'users', max: 100 },
  getUserByExternalId: {},
  deleteUsersByExternalId: { list: 'externalIds', max: 100 },
  mapUsers: { list: 'directMappings', max: 100 },
  setGroups: { list: 'groups', max: 100 },
  getGroupByExternalId: {},
  deleteGroupsByExternalId: { list: 'externalIds', max: 100 },
  setRelationships: { list: 'relationships' },
});

function json(statusCode, value) {
  return {
    statusCode,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify(value),
  };
}

/** The bridge's own refusals: a fixed code and text, never the payload (it is customer data). */
function refuse(statusCode, code, message) {
  return json(statusCode, { bridgeError: code, message });
}

/** All values of a request header, whatever the case of its name. */
function headerValues(headers, name) {
  const wanted = name.toLowerCase();
  const values = [];
  for (const [key, value] of Object.entries(headers || {})) {
    if (key.toLowerCase() !== wanted) continue;
    if (Array.isArray(value)) values.push(...value);
    else if (typeof value === 'string') values.push(value);
  }
  return values;
}

/** Compares digests so that neither the content nor the length of the token leaks through timing. */
function sameSecret(given, expected) {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Makes the web trigger handler.
 * @param {object} deps
 * @param {object} deps.graph  the `graph` export of @forge/teamwork-graph (or a stand-in)
 * @param {string|undefined} deps.token  the shared secret callers send as `Authorization: Bearer <token>`;
 *   web trigger URLs have no authentication of their own, so without a token every call is refused
 * @param {(line: string) => void} [deps.log]  where failures of the SDK call are logged (Forge keeps console output)
 */
function makeBridge({ graph, token, log = (line) => console.error(line) }) {
  return async function bridge(request) {
    if (!token) return refuse(500, 'not_configured', 'the app has no CSM_BRIDGE_TOKEN variable');
    const authorization = headerValues(request.headers, 'authorization');
    if (authorization.length !== 1 || !sameSecret(authorization[0], `Bearer ${token}`))
      return refuse(401, 'unauthorized', 'missing or wrong Authorization');
    if (request.method !== 'POST') return refuse(405, 'method_not_allowed', 'only POST is accepted');

    const names = (request.queryParameters || {}).operation || [];
    if (names.length !== 1) return refuse(400, 'operation_missing', 'exactly one operation query parameter is needed');
    const name = names[0];
    if (!Object.prototype.hasOwnProperty.call(OPERATIONS, name) || typeof graph[name] !== 'function')
      return refuse(400, 'unknown_operation', 'the operation is not one the bridge forwards');

    const types = headerValues(request.headers, 'content-type');
    if (types.length !== 1 || types[0].split(';')[0].trim().toLowerCase() !== 'application/json')
      return refuse(415, 'not_json', 'the body must be sent as application/json');
    let payload;
    try {
      payload = JSON.parse(request.body || '');
    } catch {
      return refuse(400, 'invalid_json', 'the body is not JSON');
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
      return refuse(400, 'not_an_object', 'the body must be a JSON object');
    const { list, max } = OPERATIONS[name];
    if (list !== undefined) {
      if (!Array.isArray(payload[list])) return refuse(400, 'list_missing', `${list} must be an array`);
      if (max !== undefined && payload[list].length > max)
        return refuse(400, 'too_many', `at most ${max} ${list} per request`);
    }

    let result;
    try {
      result = await graph[name](payload);
    } catch (error) {
      // The SDK's words go to the app's log only; they may quote the payload.
      log(`graph.${name} failed: ${error && error.message}`);
      return refuse(502, 'sdk_error', `graph.${name} threw; see the app's logs`);
    }
    return json(200, result);
  };
}

module.exports = { makeBridge, OPERATIONS };
