/** Runs the dockhand CLI from source (`node --import tsx test/interop/dockhand-cli.ts ARGS`), for process tests. */
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
