// Times Node's JSON.parse + ajv validation of a plan, configured as tools/schema-check/check.mjs configures ajv
// (Ajv2020, strict, allowUnionTypes, allErrors, ajv-formats), for comparison with PlanJsonBenchmarks.
// Write the generated 2,000-task plan first:
//   dotnet run -c Release --project benchmarks/Cchc.Benchmarks -- --write-plan /tmp/plan-2000.json
// then (after `npm ci --prefix tools/schema-check`):
//   node benchmarks/node-ajv.mjs /tmp/plan-2000.json [iterations]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "tools", "schema-check", "package.json"));
const Ajv2020 = require("ajv/dist/2020.js").default;
const addFormats = require("ajv-formats").default;

const [file, iterationsText] = process.argv.slice(2);
if (!file) {
  console.error("usage: node benchmarks/node-ajv.mjs <plan.json> [iterations]");
  process.exit(2);
}

const iterations = Number(iterationsText ?? 50);
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(here, "..", "docs", "schema", "plan.schema.json"), "utf8")));
const bytes = readFileSync(file);
const decoder = new TextDecoder("utf-8", { fatal: true });

function once() {
  const document = JSON.parse(decoder.decode(bytes));
  if (!validate(document)) {
    throw new Error(`invalid: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  }
}

for (let i = 0; i < 10; i++) once(); // warm-up: compile and JIT
const times = [];
for (let i = 0; i < iterations; i++) {
  const start = process.hrtime.bigint();
  once();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`${file}: ${bytes.length.toLocaleString("en")} bytes, ${iterations} runs`);
console.log(`JSON.parse + ajv validate: mean ${mean.toFixed(2)} ms, median ${times[times.length >> 1].toFixed(2)} ms, min ${times[0].toFixed(2)} ms`);
