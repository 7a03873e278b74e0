#!/usr/bin/env node
// CommonJS (see package.json here): Node.js then starts without setting up
// its ES module loader, a good part of the time a short command takes.
require('../dist/start.cjs')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
