// A subscriptions-transport-ws server (protocol graphql-ws, the legacy one) with the schema of graphql_schema.js.
// Its onConnect refuses a connection_init without {"token": "let-me-in"} (connection_error, then close 1011, the
// library's own) and it sends its keep-alive {"type":"ka"} every KEEPALIVE ms.
// Usage: node graphql_legacy_server.js PORT [KEEPALIVE_MS, default 300]
const { createServer } = require('http');
const { execute, subscribe } = require('graphql');
const { SubscriptionServer } = require('subscriptions-transport-ws');
const { schema, roots, permitted } = require('./graphql_schema');

const port = Number(process.argv[2]);
const keepAlive = Number(process.argv[3] || 300);
const http = createServer();
SubscriptionServer.create({
  schema,
  execute,
  subscribe,
  rootValue: { ...roots.query, ...roots.mutation, ...roots.subscription },
  keepAlive,
  onConnect: (params) => {
    if (!permitted(params)) {
      console.log(`refused ${JSON.stringify(params)}`);
      throw new Error('a token is needed: {"token": "let-me-in"}');
    }
    return true;
  },
  onOperation: (message, params) => {
    console.log(`start ${message.id} ${message.payload.operationName || ''}`);
    return params;
  },
  onOperationComplete: (socket, id) => console.log(`stop ${id}`),
}, { server: http, path: '/graphql' });
http.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
