/** `tulip COMMAND ...`: dispatch to one module a command (src/cli/<command>.js). */
import { EXIT_USAGE, processIO, type IO } from './io.js';

export const COMMANDS: Record<string, string> = {
  extract: 'code articles and print their events (nothing stored)',
  ingest: 'code articles and store them with their events in SQLite',
  events: 'query stored events (jsonl, csv, geojson, plover, acled)',
  show: 'one stored event with the text it was coded from, marked up',
  serve: 'the explorer: HTTP API and dashboard over the database',
  places: 'the places an article names, resolved against GeoNames',
};

export const USAGE = `Tulip turns news reports into a database of political events (PLOVER, CAMEO, ACLED),
every field linked to the characters of the article it came from.

Usage: tulip COMMAND [options]   (tulip COMMAND --help for each)

Commands:
${Object.entries(COMMANDS)
  .map(([k, v]) => `  ${k.padEnd(8)} ${v}`)
  .join('\n')}

Examples:
  tulip extract samples/kyrgyzstan-2005-03-21.txt --published 2005-03-21
  tulip ingest samples/ --db data/tulip.db
  tulip events --type PROTEST --country KG --format csv
  tulip serve --db data/tulip.db
`;

export async function main(argv: string[], io: IO = processIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    (cmd ? io.stdout : io.stderr).write(USAGE);
    return cmd ? 0 : EXIT_USAGE;
  }
  if (cmd === '--version' || cmd === '-v') {
    io.stdout.write('tulip 0.1.0\n');
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, cmd)) {
    io.stderr.write(`tulip: unknown command "${cmd}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const mod = (await import(`./${cmd}.js`)) as { run: (argv: string[], io: IO) => Promise<number> };
  return mod.run(rest, io);
}
