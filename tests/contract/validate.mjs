// SPDX-License-Identifier: MIT
// Validates recorded sandbox responses against SendGrid's official OpenAPI files.
// Usage: node validate.mjs OPENAPI_DIR RECORDS.json
// Each record: {method, path (OpenAPI template), status, body?, expect?}. `expect` names a
// documented disagreement (segments-v2-api.md §8) and how to check the record instead:
//   "results-envelope"  body.results[] items against the 200 schema (§8.2)
//   "sample-omitted"    the 200 schema, contacts_sample absent (contacts_sample=false)
//   "undocumented"      a status the spec does not list (401, 404 on get/patch, 405): the body
//                       must still be SendGrid's errors envelope
// Prints one line per record and exits 1 when any record fails.
import fs from 'node:fs';
import path from 'node:path';

// ajv is installed by scripts/deps (npm ci in tests/contract); say so when it is missing.
let Ajv2020, addFormats;
try {
  Ajv2020 = (await import('ajv/dist/2020.js')).default;
  addFormats = (await import('ajv-formats')).default;
} catch (e) {
  console.log(`FAIL the contract validator needs ajv and ajv-formats: run scripts/deps (${e.code ?? e.message})`);
  process.exit(2);
}

const [dir, recordsFile] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
addFormats(ajv);
const specs = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  ajv.addSchema(doc, f);
  return { file: f, doc };
});
const pointer = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const errorsEnvelope = {
  type: 'object', required: ['errors'],
  properties: { errors: { type: 'array', minItems: 1, items: { type: 'object', required: ['message'] } } },
};

function schemaRef(record) {
  for (const { file, doc } of specs) {
    const op = doc.paths?.[record.path]?.[record.method];
    if (!op) continue;
    const response = op.responses?.[String(record.status)];
    if (!response) return { undocumented: true };
    const content = response.content?.['application/json'];
    if (!content) return { noBody: true };
    return { ref: `${file}#/paths/${pointer(record.path)}/${record.method}/responses/${record.status}/content/application~1json/schema`, file };
  }
  return { unknownOperation: true };
}

function check(record) {
  const found = schemaRef(record);
  if (found.unknownOperation) return `no operation ${record.method} ${record.path} in the spec`;
  if (found.undocumented) {
    if (record.expect !== 'undocumented') return `status ${record.status} is not documented`;
    return validate(errorsEnvelope, record.body);
  }
  if (found.noBody) return record.body === undefined ? null : 'the spec documents no body';
  if (record.expect === 'results-envelope') {
    if (!Array.isArray(record.body?.results)) return 'no results array';
    for (const item of record.body.results) {
      const problem = validate({ $ref: found.ref }, item);
      if (problem) return problem;
    }
    return null;
  }
  if (record.expect === 'sample-omitted') {
    // Everything else must match: check the body as if the sample were there and empty.
    if ('contacts_sample' in (record.body ?? {})) return 'contacts_sample is present';
    return validate({ $ref: found.ref }, { ...record.body, contacts_sample: [] });
  }
  return validate({ $ref: found.ref }, record.body);
}

function validate(schema, body) {
  const fn = ajv.compile(schema);
  return fn(body) ? null : ajv.errorsText(fn.errors);
}

const records = JSON.parse(fs.readFileSync(recordsFile, 'utf8'));
let failures = 0;
for (const record of records) {
  let problem;
  try { problem = check(record); } catch (e) { problem = String(e); }
  if (problem) failures++;
  console.log(`${problem ? 'FAIL' : 'ok  '} ${record.method.toUpperCase()} ${record.path} ${record.status}${record.expect ? ` [${record.expect}]` : ''}${problem ? `: ${problem}` : ''}`);
}
console.log(`${records.length - failures} of ${records.length} responses match the contract`);
process.exit(failures ? 1 : 0);
