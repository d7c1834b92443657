// A graphql-ws server (protocol graphql-transport-ws) over ws, with the schema of graphql_schema.js.
// It refuses a connection_init without {"token": "let-me-in"} (close 4403 Forbidden, the library's own), pings the
// client every KEEPALIVE ms at both levels (a WebSocket ping, graphql-ws's keepAlive; and a graphql-transport-ws
// {"type":"ping"} once acknowledged) and drops a client whose pong has not come by the next ping.
// Usage: node graphql_ws_server.js PORT [KEEPALIVE_MS, default 300]
const { WebSocketServer } = require('ws');
const { useServer } = require('graphql-ws/use/ws');
const { schema, roots, permitted } = require('./graphql_schema');

const port = Number(process.argv[2]);
const keepAlive = Number(process.argv[3] || 300);
const wss = new WebSocketServer({ port, host: '127.0.0.1', path: '/graphql' });

function pingEvery(socket) {
  let waiting = false;
  const timer = setInterval(() => {
    if (waiting) {
      console.log('no pong: dropping the client');
      socket.terminate();
      return;
    }
    waiting = true;
    socket.send(JSON.stringify({ type: 'ping' }));
  }, keepAlive);
  socket.once('close', () => clearInterval(timer));
  return () => { waiting = false; };
}

useServer({
  schema,
  roots,
  onConnect: (ctx) => {
    if (!permitted(ctx.connectionParams)) {
      console.log(`refused ${JSON.stringify(ctx.connectionParams)}`);
      return false;
    }
    ctx.extra.ponged = pingEvery(ctx.extra.socket);
    return true;
  },
  onPong: (ctx) => {
    console.log('pong');
    ctx.extra.ponged();
  },
  onSubscribe: (ctx, id, payload) => console.log(`subscribe ${id} ${payload.operationName || ''}`),
  onComplete: (ctx, id) => console.log(`complete ${id}`),
}, wss, keepAlive);
wss.on('listening', () => console.log(`listening on ${port}`));
