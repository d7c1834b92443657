// A Node ws server that checks a token before the upgrade and refuses with 403 and its own words: the refusal
// of an API that wants ?token=..., which is not an Origin check.
// Usage: node token-gate.js PORT
const { WebSocketServer } = require("ws");

const port = Number(process.argv[2]);
const server = new WebSocketServer({
  host: "127.0.0.1",
  port,
  verifyClient: (info, done) => {
    const token = new URL(info.req.url, "http://localhost").searchParams.get("token");
    if (token === "good") {
      done(true);
    } else {
      console.log("refused " + info.req.url);
      done(false, 403, "missing or bad token");
    }
  },
});
server.on("connection", (socket) => socket.on("message", (data) => socket.send(data)));
console.log("ws listening on " + port);
