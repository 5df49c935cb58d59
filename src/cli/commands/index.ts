/**
 * Every command of the CLI, in the order `--help` lists them. Each module exports `register`.
 */
import type { RegisterCommand } from "../main.js";
import { register as ref } from "./ref.js";
import { register as tags } from "./tags.js";

export const commands: RegisterCommand[] = [ref, tags];
