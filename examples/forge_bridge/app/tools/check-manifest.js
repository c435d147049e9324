'use strict';
// Checks manifest.yml with @forge/manifest's FULL validation (its JSON schema and the module, permission and
// runtime validators `forge lint` uses). Run by hand, not in CTest: @forge/manifest comes from the npm
// registry under the Atlassian Developer Terms, so it is not vendored here.
//
//     npm install --prefix /tmp/forge-manifest @forge/manifest
//     NODE_PATH=/tmp/forge-manifest/node_modules node tools/check-manifest.js manifest.yml
const path = require('node:path');
const { ProcessorBuilder, ValidationTypes } = require('@forge/manifest');

async function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.yml'));
  // The validators read files relative to the app (package.json, src/ handlers).
  process.chdir(path.dirname(file));
  const result = await ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(file);
  for (const e of result.errors || []) console.log(`${e.level || 'error'}: ${e.message}${e.reference ? ` (${e.reference})` : ''}`);
  console.log(result.success ? 'manifest valid' : 'manifest INVALID');
  process.exitCode = result.success ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
