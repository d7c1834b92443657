// A plain Node app on the ws library, as most are deployed: its HTTP server answers a request without an upgrade
// with ws's own "426 Upgrade Required" (and no Server header), and echoes every message once upgraded.
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const server = new WebSocketServer({ host: '127.0.0.1', port });
server.on('connection', (socket, request) => {
  console.log(`upgraded ${request.url}`);
  socket.on('message', (data, binary) => socket.send(data, { binary }));
});
server.on('listening', () => console.log(`listening on ${port}`));
