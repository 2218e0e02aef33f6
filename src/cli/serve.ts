/** `tulip serve`: the explorer (HTTP API + dashboard) over a Tulip database. */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IO } from './io.js';
import { EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE } from './io.js';
import { codeArticle } from '../pipeline.js';
import { buildServer } from '../serve/server.js';

const USAGE = `Usage: tulip serve [--db FILE] [--port N] [--host H] [--token-file FILE]

Serves the explorer (dashboard and HTTP API) over a Tulip database.

Options:
  --db FILE          database (default data/tulip.db)
  --port N           port (default $PORT or 8080; 0 picks a free one)
  --host H           interface to listen on (default 127.0.0.1)
  --token-file FILE  file holding the bearer token for POST /api/articles
                     (default: $TULIP_TOKEN; without a token, writes are refused)
  -h, --help         this help

API: GET /api/events (filters type, acled_type, country, from, to, actor, q, bbox, min_confidence;
     sort=-date|date|type|-fatalities|fatalities; limit, cursor; format=json|jsonl|csv|geojson|plover|acled),
     /api/events/:id, /api/stats (same filters; bucket=auto|day|week|month|year for the timeline),
     /api/articles/:id, /api/map; POST /api/articles (Authorization: Bearer <token>)

Example:
  tulip ingest samples --db data/tulip.db && tulip serve --db data/tulip.db --port 8080
`;

export async function run(argv: string[], io: IO): Promise<number> {
  let values: { db?: string; port?: string; host?: string; 'token-file'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'token-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    io.stderr.write(`tulip serve: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  const portText = values.port ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    io.stderr.write(`tulip serve: --port must be a number 0..65535, got "${portText}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const host = values.host ?? '127.0.0.1';
  const dbPath = path.resolve(io.cwd, values.db ?? 'data/tulip.db');

  let token = process.env.TULIP_TOKEN || undefined;
  if (values['token-file']) {
    const file = path.resolve(io.cwd, values['token-file']);
    try {
      token = readFileSync(file, 'utf8').trim() || undefined;
    } catch (err) {
      io.stderr.write(`tulip serve: cannot read token file ${file}: ${(err as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (!token) {
      io.stderr.write(`tulip serve: token file ${file} is empty\n`);
      return EXIT_BAD_INPUT;
    }
  }
  if (!existsSync(dbPath)) io.stderr.write(`tulip serve: ${dbPath} does not exist yet; starting with an empty database\n`);

  let app;
  try {
    app = await buildServer({ dbPath, token, code: (a) => codeArticle(a) });
  } catch (err) {
    io.stderr.write(`tulip serve: cannot open ${dbPath}: ${(err as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (err) {
    io.stderr.write(`tulip serve: cannot listen on ${host}:${port}: ${(err as Error).message}\n`);
    await app.close();
    return EXIT_BAD_INPUT;
  }
  const shown = address.replace('://0.0.0.0', '://127.0.0.1').replace('://[::]', '://localhost');
  io.stdout.write(`Tulip explorer at ${shown}/  (database ${dbPath}; writes ${token ? 'enabled with token' : 'disabled'})\n`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  io.stdout.write('Tulip explorer stopped\n');
  return EXIT_OK;
}
