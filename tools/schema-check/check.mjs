// Validates JSON documents against a JSON Schema 2020-12 with ajv in strict mode (plus ajv-formats)
// and prints one verdict per document as a JSON array: [{ "file", "valid", "errors" }].
// Usage: node check.mjs <schema.json> <document.json>...
// Exit code: 0 when every verdict was produced (valid or not), 2 when the schema itself is unusable.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath) {
  console.error("usage: node check.mjs <schema.json> <document.json>...");
  process.exit(2);
}

const decoder = new TextDecoder("utf-8", { fatal: true });
let validate;
try {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (error) {
  console.error(`the schema ${schemaPath} does not compile in strict mode: ${error.message}`);
  process.exit(2);
}

const verdicts = files.map((file) => {
  let document;
  try {
    document = JSON.parse(decoder.decode(readFileSync(file)));
  } catch (error) {
    return { file, valid: false, errors: [`not JSON: ${error.message}`] };
  }
  const valid = validate(document);
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
  return { file, valid, errors };
});
process.stdout.write(JSON.stringify(verdicts));
