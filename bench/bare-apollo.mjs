/**
 * The yardstick for bench/read-path.mjs: a bare @apollo/server hello-world (standalone HTTP server, one resolver,
 * no framework, no store), run as its own process so it has an event loop of its own like the real server.
 * Prints its port once listening.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'world' } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
console.log(new URL(url).port);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
