#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'out', 'cli', 'galley.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('galley: the command line is not built yet; run `npm install` (or `npm run build:cli`) first\n');
  process.exit(2);
}
require(built);
