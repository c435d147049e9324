'use strict';
// The Forge functions of the manifest: `bridge` behind the web trigger, `onConnectionChange` for the
// graph:connector module (https://developer.atlassian.com/platform/forge/manifest-reference/modules/teamwork-graph-connector/).
const { graph } = require('@forge/teamwork-graph');
const { makeBridge } = require('./bridge');

// Read per call: `forge variables set --encrypt CSM_BRIDGE_TOKEN …` takes effect without a code change.
exports.bridge = (request) => makeBridge({ graph, token: process.env.CSM_BRIDGE_TOKEN })(request);

// Atlassian calls this when an admin connects, edits or disconnects the connector. The connection id is what
// the C++ side sends as `connectionId`; the bridge keeps no state, so it is logged for the operator to pass on.
// On DELETED, Atlassian removes the connection's data itself; the C++ side should stop sending.
exports.onConnectionChange = async (request) => {
  console.log(`connection ${request.action}: ${request.connectionId}`);
  return { success: true };
};
