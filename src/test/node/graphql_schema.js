// The schema both GraphQL servers serve: a query hello(name), a mutation shout(word), a subscription greetings
// that yields "Hi", "Bonjour", "Hola" and completes, and a subscription ticks that goes on every 100 ms.
const { buildSchema } = require('graphql');

const schema = buildSchema(`
  type Query { hello(name: String): String }
  type Mutation { shout(word: String!): String }
  type Subscription { greetings: String, ticks: Int }
`);

const roots = {
  query: { hello: ({ name }) => `Hello, ${name || 'world'}!` },
  mutation: { shout: ({ word }) => word.toUpperCase() },
  subscription: {
    greetings: async function* greetings() {
      for (const hi of ['Hi', 'Bonjour', 'Hola']) {
        yield { greetings: hi };
      }
    },
    ticks: async function* ticks() {
      for (let tick = 1; ; tick++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        yield { ticks: tick };
      }
    },
  },
};

// The connection_init payload both servers accept: {"token": "let-me-in"}.
const permitted = (params) => Boolean(params) && params.token === 'let-me-in';

module.exports = { schema, roots, permitted };
