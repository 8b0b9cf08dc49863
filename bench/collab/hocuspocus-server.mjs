// The anchor: Hocuspocus 4 with no persistence, on the port given as argument.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.argv[2]), quiet: true });
await server.listen();
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await server.destroy();
  process.exit(0);
});
