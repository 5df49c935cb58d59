/**
 * Every command of the CLI, in the order `--help` lists them. Each module exports `register`.
 */
import type { RegisterCommand } from "../main.js";
import { register as cleanup } from "./cleanup.js";
import { register as copy } from "./copy.js";
import { register as digest } from "./digest.js";
import { register as doctor } from "./doctor.js";
import { register as explore } from "./explore.js";
import { register as fix } from "./fix.js";
import { register as gc } from "./gc.js";
import { register as indexCmd } from "./index-cmd.js";
import { register as inspect } from "./inspect.js";
import { register as ls } from "./ls.js";
import { register as migrate } from "./migrate.js";
import { register as packages } from "./packages.js";
import { register as ref } from "./ref.js";
import { register as rename } from "./rename.js";
import { register as rm } from "./rm.js";
import { register as serve } from "./serve.js";
import { register as sync } from "./sync.js";
import { register as tags } from "./tags.js";
import { register as workflow } from "./workflow.js";

export const commands: RegisterCommand[] = [
  ref,
  ls,
  inspect,
  digest,
  rm,
  tags,
  indexCmd,
  workflow,
  doctor,
  fix,
  rename,
  migrate,
  copy,
  sync,
  packages,
  cleanup,
  explore,
  serve,
  gc,
];
