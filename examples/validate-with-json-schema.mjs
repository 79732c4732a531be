/**
 * Validate khabar records in a program that does not use khabar at all: it
 * only has the JSON Schema (`khabar schema`, or the file `khabar/schema.json`)
 * and a generic validator. Any language with a JSON Schema 2020-12 validator
 * can do the same.
 *
 * Run:
 *   npx khabar parse --format jsonl examples/ > records.jsonl
 *   node examples/validate-with-json-schema.mjs records.jsonl
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';

// The schema as the package ships it; a program elsewhere would read its own copy.
const require = createRequire(import.meta.url);
const schema = require('khabar/schema.json');

const validate = new Ajv2020({ allErrors: true }).compile(schema);

const path = process.argv[2];
if (!path) {
  console.error('usage: node examples/validate-with-json-schema.mjs RECORDS.jsonl');
  process.exit(2);
}

let invalid = 0;
const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
for (const line of lines) {
  // Each JSON line of `khabar parse --format jsonl` holds a path and either a record or an error.
  const entry = JSON.parse(line);
  if (!entry.article) {
    console.log(`${entry.path}: not parsed (${entry.error?.code})`);
    continue;
  }
  if (validate(entry.article)) {
    console.log(`${entry.path}: valid, ${entry.article.paragraphs.length} paragraphs, ${entry.article.related.length} related stories`);
  } else {
    invalid++;
    for (const error of validate.errors ?? []) {
      console.log(`${entry.path}: invalid at ${error.instancePath || '/'}: ${error.message}`);
    }
  }
}
process.exit(invalid === 0 ? 0 : 1);
