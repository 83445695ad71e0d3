namespace Vigil.Storage;

/// <summary>The statements of the check store, shared by both engines. Parameters are positional: <c>$1</c>, <c>$2</c>...</summary>
internal static class CheckSql
{
    /// <summary>The columns read into a <see cref="Screening.Checks.CheckRecord"/>, in the order <see cref="SqlCheckStore"/>
    /// reads them; <c>c</c> is the checks table.</summary>
    public const string RecordColumns = """
        c.check_id, c.channel, c.traveler_id, c.carrier, c.flight_number, c.departure_airport, c.departure_time,
        c.arrival_airport, c.decision, c.rule, c.policy_decision, c.custody_anomaly, c.best_score, c.actor, c.message_id,
        c.traveler, c.hits, c.checked_at, c.decided_at
        """;

    public const string Insert = """
        INSERT INTO checks (
            check_id, channel, traveler_id, carrier, flight_number, departure_airport, departure_time, departure_date,
            arrival_airport, decision, rule, policy_decision, custody_anomaly, best_score, actor, message_id, traveler, hits,
            checked_at, decided_at, audit_sequence, ordinal)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20)
        """;

    public const string InsertReview = """
        INSERT INTO review_items (check_id, state, custody_anomaly, departure_time, created_at)
        VALUES ($1, $2, $3, $4, $5)
        """;

    public const string ById = "SELECT " + RecordColumns + " FROM checks c WHERE c.check_id = $1";

    /// <summary>The latest check of each traveler of a flight: by the time it was screened, then by insertion order
    /// (the audit row of its write, its place in the write).</summary>
    public const string Flight = "SELECT * FROM (SELECT " + RecordColumns + ", " + """
        row_number() OVER (PARTITION BY c.traveler_id ORDER BY c.checked_at DESC, c.audit_sequence DESC, c.ordinal DESC) AS latest
            FROM checks c
            WHERE c.carrier = $1 AND c.flight_number = $2 AND c.departure_date = $3
        ) flight
        WHERE latest = 1
        ORDER BY traveler_id
        """;

    private const string Reviews = "SELECT r.id, r.state, r.created_at, r.version, " + RecordColumns + " FROM review_items r JOIN checks c ON c.check_id = r.check_id";

    // The order of the index review_items_in_order: anomalies first, then departure time with none last, then number.
    private const string ReviewOrder = " ORDER BY r.custody_anomaly DESC, r.departure_time IS NULL, r.departure_time, r.id";

    public const string ReviewsInState = Reviews + " WHERE r.state = $1" + ReviewOrder + " LIMIT $2";

    public const string AllReviews = Reviews + ReviewOrder + " LIMIT $1";

    public const string ReviewById = Reviews + " WHERE r.id = $1";

    /// <summary>Moves an item to its new state and version, only over the version read and while it is neither
    /// closed nor withdrawn: $1 id, $2 new state, $3 version read, $4 closed, $5 withdrawn.</summary>
    public const string DecideReview = """
        UPDATE review_items SET state = $2, version = version + 1
        WHERE id = $1 AND version = $3 AND state <> $4 AND state <> $5
        """;

    public const string InsertDecision = """
        INSERT INTO review_decisions (
            review_id, version, decided_at, actor, actor_name, actor_role, outcome, note, state, carrier_decision, audit_sequence)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    /// <summary>Gives the item's check the analyst's answer when it differs: $1 item, $2 decision, $3 rule, $4 time.</summary>
    public const string DecideCheck = """
        UPDATE checks SET decision = $2, rule = $3, decided_at = $4
        WHERE check_id = (SELECT check_id FROM review_items WHERE id = $1) AND decision <> $2
        """;

    public const string Decisions = """
        SELECT review_id, version, decided_at, actor, actor_name, actor_role, outcome, note, state, carrier_decision
        FROM review_decisions WHERE review_id = $1 ORDER BY version
        """;
}
