// Validates an AsyncAPI document with the AsyncAPI parser (its spectral rules included).
// Prints every diagnostic; exits 1 when any is an error.
const { Parser } = require('@asyncapi/parser');
const fs = require('fs');

const SEVERITY = ['error', 'warning', 'info', 'hint'];

(async () => {
  const file = process.argv[2];
  const { document, diagnostics } = await new Parser().parse(fs.readFileSync(file, 'utf8'), { source: file });
  for (const d of diagnostics) {
    console.log(`${SEVERITY[d.severity]} ${d.code} ${JSON.stringify(d.path)} ${d.message}`);
  }
  const errors = diagnostics.filter(d => d.severity === 0).length;
  const warnings = diagnostics.filter(d => d.severity === 1).length;
  console.log(`AsyncAPI ${file}: ${errors} errors, ${warnings} warnings${document ? '' : ' (not parsed)'}`);
  process.exit(errors === 0 && document ? 0 : 1);
})().catch(e => { console.error(e); process.exit(1); });
