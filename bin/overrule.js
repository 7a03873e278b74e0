#!/usr/bin/env node
import { main } from '../dist/overrule.js';

process.exitCode = await main(process.argv.slice(2));
