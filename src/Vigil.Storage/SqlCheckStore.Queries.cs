using System.Data.Common;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;

namespace Vigil.Storage;

internal sealed partial class SqlCheckStore
{
    /// <inheritdoc />
    public async Task<CheckRecord?> GetAsync(string checkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkId);
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, CheckSql.ById, checkId);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRecord(reader, 0) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckRecord>> GetFlightAsync(FlightKey flight, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flight);
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, CheckSql.Flight, flight.Carrier, flight.Number, flight.DepartureDate);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<CheckRecord> checks = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            checks.Add(ReadRecord(reader, 0));
        }

        return checks;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewItem>> GetReviewsAsync(ReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = query.State is { } state
            ? Database.Command(connection, null, CheckSql.ReviewsInState, (int)state, query.Limit)
            : Database.Command(connection, null, CheckSql.AllReviews, query.Limit);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<ReviewItem> items = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadReview(reader));
        }

        return items;
    }

    /// <summary>Reads a review item: its id, state, creation time and version, then its check.</summary>
    private ReviewItem ReadReview(DbDataReader reader) =>
        new(reader.GetInt64(0), (ReviewState)reader.GetInt32(1), Database.ReadTimestamp(reader, 2), ReadRecord(reader, 4)) { Version = reader.GetInt32(3) };

    /// <summary>Reads the columns of <see cref="CheckSql.RecordColumns"/>, the first at <paramref name="first"/>.</summary>
    private CheckRecord ReadRecord(DbDataReader reader, int first)
    {
        string? carrier = NullableString(reader, first + 3);
        CheckFlight? flight = carrier is null
            ? null
            : new CheckFlight(
                carrier,
                reader.GetString(first + 4),
                NullableString(reader, first + 5),
                reader.IsDBNull(first + 6) ? null : Database.ReadLocalTime(reader, first + 6),
                NullableString(reader, first + 7));
        return new CheckRecord(
            reader.GetString(first),
            (CheckChannel)reader.GetInt32(first + 1),
            reader.GetString(first + 2),
            flight,
            (Decision)reader.GetInt32(first + 8),
            (DecisionRule)reader.GetInt32(first + 9),
            Database.ReadTimestamp(reader, first + 17),
            Database.ReadTimestamp(reader, first + 18))
        {
            PolicyDecision = (Decision)reader.GetInt32(first + 10),
            IsCustodyAnomaly = reader.GetBoolean(first + 11),
            BestScore = reader.IsDBNull(first + 12) ? null : reader.GetDouble(first + 12),
            Actor = reader.GetString(first + 13),
            MessageId = reader.IsDBNull(first + 14) ? null : reader.GetInt64(first + 14),
            TravelerJson = reader.GetString(first + 15),
            HitsJson = reader.GetString(first + 16),
        };
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
