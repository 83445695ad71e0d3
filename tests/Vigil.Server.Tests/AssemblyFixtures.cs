using Vigil.Testing;

// One PostgreSQL server for the whole test run; each test gets a database of its own.
[assembly: AssemblyFixture(typeof(PostgresServer))]
