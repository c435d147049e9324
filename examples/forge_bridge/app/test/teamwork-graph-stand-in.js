'use strict';
// A stand-in for @forge/teamwork-graph, which cannot be installed here (it is not on the public npm registry;
// Forge connector EAP apps get it). It has the `graph` export with one method per operation the bridge
// forwards; each records its argument and answers what the test set (a value, or an Error to throw).
const { OPERATIONS } = require('../src/bridge');

function makeStandIn() {
  const calls = [];
  const answers = {};
  const graph = {};
  for (const name of Object.keys(OPERATIONS)) {
    graph[name] = async (request) => {
      calls.push({ name, request });
      const answer = answers[name];
      if (answer instanceof Error) throw answer;
      return answer === undefined ? { success: true } : answer;
    };
  }
  return { graph, calls, answers };
}

module.exports = { makeStandIn };
