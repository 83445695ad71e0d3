namespace Vigil.Storage;

/// <summary>The statements of the message store, shared by both engines. Parameters are positional: <c>$1</c>, <c>$2</c>...</summary>
internal static class MessageSql
{
    /// <summary>The columns read into a <see cref="Screening.Messages.MessageRecord"/>, in the order <see cref="SqlMessageStore"/> reads them.</summary>
    public const string RecordColumns = """
        id, format, source_name, received_at, received_by, sha256, size, outcome, state, traveler_count, error_count,
        warning_count, sender, recipient, interchange_ref, summary, attempts, parsed_at, duplicate_of, replay_of,
        replaced_by, screened_at, screening_summary
        """;

    private const string InsertColumns = """
        INSERT INTO messages (
            format, source_name, received_at, received_by, content, sha256, size, sender, recipient, interchange_ref, summary,
            outcome, issues, error_count, warning_count, traveler_count, state, attempts, parsed_at, duplicate_of, replay_of,
            holds_interchange)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 1, $3, $18, $19, $20)
        """;

    /// <summary>Inserts a message unless a unique index refuses it (a concurrent copy); returns its id, or no row.</summary>
    public const string InsertUnlessDuplicate = InsertColumns + " ON CONFLICT DO NOTHING RETURNING id";

    /// <summary>Inserts a message recognised as a duplicate: it claims nothing, so no unique index can refuse it.</summary>
    public const string InsertDuplicate = InsertColumns + " RETURNING id";

    public const string FirstBySha256 = "SELECT id FROM messages WHERE sha256 = $1 AND duplicate_of IS NULL";

    public const string InterchangeHolder = """
        SELECT id FROM messages WHERE sender = $1 AND interchange_ref = $2 AND holds_interchange = TRUE AND id <> $3
        """;

    public const string RecordById = "SELECT " + RecordColumns + " FROM messages WHERE id = $1";

    public const string DetailById = "SELECT " + RecordColumns + ", content, issues FROM messages WHERE id = $1";

    public const string Current = """
        SELECT state, attempts, sha256, sender, interchange_ref, holds_interchange, duplicate_of, replaced_by, replay_of
        FROM messages WHERE id = $1
        """;

    public const string UpdateParse = """
        UPDATE messages SET
            sender = $4, recipient = $5, interchange_ref = $6, summary = $7, outcome = $8, issues = $9, error_count = $10,
            warning_count = $11, traveler_count = $12, state = $13, attempts = attempts + 1, parsed_at = $14,
            duplicate_of = $15, holds_interchange = $16
        WHERE id = $1 AND state = $2 AND attempts = $3
        """;

    public const string MarkReplayed = """
        UPDATE messages SET state = $4, holds_interchange = $5
        WHERE id = $1 AND state = $2 AND attempts = $3
        """;

    public const string ReleaseInterchange = "UPDATE messages SET holds_interchange = FALSE WHERE id = $1";

    public const string SetReplacedBy = "UPDATE messages SET replaced_by = $2 WHERE id = $1";

    public const string MarkScreened = """
        UPDATE messages SET state = $3, screened_at = $4, screening_summary = $5
        WHERE id = $1 AND state = $2
        """;

    public const string InsertHistory = """
        INSERT INTO message_history (
            message_id, at, actor, action, state, outcome, issues, error_count, warning_count, traveler_count,
            sender, recipient, interchange_ref, summary, related_message_id, screening_summary)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        """;

    public const string History = """
        SELECT id, message_id, at, actor, action, state, outcome, issues, error_count, warning_count, traveler_count,
            sender, recipient, interchange_ref, summary, related_message_id, screening_summary
        FROM message_history WHERE message_id = $1 ORDER BY id
        """;
}
