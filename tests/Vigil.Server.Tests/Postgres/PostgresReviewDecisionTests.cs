using Vigil.Server.Tests.Endpoints;
using Vigil.Testing;

namespace Vigil.Server.Tests.Postgres;

/// <summary>Review decisions on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresReviewDecisionTests(PostgresServer postgres) : ReviewDecisionTests
{
    protected override Task<string> CreateDatabaseAsync() => postgres.CreateDatabaseAsync(nameof(PostgresReviewDecisionTests));
}
