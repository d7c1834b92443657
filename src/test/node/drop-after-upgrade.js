// A Node ws server that accepts every upgrade and then drops the TCP connection at once, with no close frame
// (ws's terminate()): what a server does that kills a connection it took and then disliked.
// Usage: node drop-after-upgrade.js PORT
const { WebSocketServer } = require("ws");

const port = Number(process.argv[2]);
const server = new WebSocketServer({ host: "127.0.0.1", port });
server.on("connection", (socket, request) => {
  console.log("dropping " + request.url);
  socket.terminate();
});
console.log("ws listening on " + port);
