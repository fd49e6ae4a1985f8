export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Many-regions mode: the `--region NAME|TEAM_ID` the command was given. */
  region?: string;
  /** Many-regions mode: without `--region`, run every active region (reconcile, monthly). */
  everyRegion?: boolean;
}

/** One `paxminer <name>` command. `run` resolves to the process exit code. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** What a command's module exports: its code. Its name and usage live in the table in index.ts. */
export type CommandRunner = Pick<Command, 'run'>;

/** Thrown for wrong arguments: the CLI prints the message and the command's usage, exit 2. */
export class UsageError extends Error {}
