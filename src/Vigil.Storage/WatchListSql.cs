namespace Vigil.Storage;

/// <summary>The statements both engines share. Parameters are positional: <c>$1</c>, <c>$2</c>...</summary>
/// <remarks>SQLite reads <c>$1</c> as a parameter named <c>$1</c>; PostgreSQL as the first positional one.</remarks>
internal static class WatchListSql
{
    public const string ImportColumns = "id, list_name, format, source_file, sha256, imported_at, actor, added, changed, removed, unchanged";

    public const string SubjectRecordColumns = "document, created_at, updated_at, removed_at";

    public const string HistoryColumns = "id, at, actor, action, subject_id, list_name, source_id, import_id, fields, before_doc, after_doc";

    public const string LatestImport = "SELECT " + ImportColumns + " FROM imports WHERE list_name = $1 ORDER BY id DESC LIMIT 1";

    public const string CountCurrent = "SELECT count(*) FROM subjects WHERE list_name = $1 AND removed_at IS NULL";

    public const string StoredSubjects = "SELECT document, removed_at IS NOT NULL FROM subjects WHERE list_name = $1";

    public const string UpsertList = """
        INSERT INTO lists (name, format, created_at) VALUES ($1, $2, $3)
        ON CONFLICT (name) DO UPDATE SET format = excluded.format
        """;

    public const string InsertImport = """
        INSERT INTO imports (list_name, format, source_file, sha256, imported_at, actor, added, changed, removed, unchanged)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        RETURNING id
        """;

    public const string UpsertSubject = """
        INSERT INTO subjects (subject_id, list_name, source_id, kind, primary_name, category, custody_state, document, created_at, updated_at, removed_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, NULL)
        ON CONFLICT (subject_id) DO UPDATE SET
            kind = excluded.kind,
            primary_name = excluded.primary_name,
            category = excluded.category,
            custody_state = excluded.custody_state,
            document = excluded.document,
            updated_at = excluded.updated_at,
            removed_at = NULL
        """;

    public const string UpdateSubjectCustody = "UPDATE subjects SET custody_state = $2, document = $3, updated_at = $4 WHERE subject_id = $1";

    public const string MarkRemoved = "UPDATE subjects SET removed_at = $2, updated_at = $2 WHERE subject_id = $1";

    public const string DeleteNames = "DELETE FROM subject_names WHERE subject_id = $1";

    public const string DeleteDocuments = "DELETE FROM subject_documents WHERE subject_id = $1";

    public const string InsertName = "INSERT INTO subject_names (subject_id, ordinal, full_name, quality, script) VALUES ($1, $2, $3, $4, $5)";

    public const string InsertDocument = "INSERT INTO subject_documents (subject_id, ordinal, number, number_key, country, type) VALUES ($1, $2, $3, $4, $5, $6)";

    public const string DeleteRelations = "DELETE FROM subject_relations WHERE subject_id = $1";

    public const string InsertRelation = """
        INSERT INTO subject_relations (subject_id, ordinal, type, related_id, related_list, related_source_id, since, source, note, manual)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;

    /// <summary>Relations with both sides' listing and custody; the relative may be missing (left join).</summary>
    public const string Relations = """
        SELECT r.subject_id, r.type, r.related_id, r.related_list, r.related_source_id, r.since, r.source, r.note, r.manual,
               o.list_name, o.source_id, o.primary_name, o.category, o.custody_state, o.removed_at IS NOT NULL,
               t.list_name, t.source_id, t.primary_name, t.category, t.custody_state, t.removed_at IS NOT NULL
        FROM subject_relations r
        JOIN subjects o ON o.subject_id = r.subject_id
        LEFT JOIN subjects t ON t.subject_id = r.related_id
        """;

    public const string RelationsOf = Relations + " WHERE r.subject_id = $1 OR r.related_id = $1";

    /// <summary>The subjects on which a relation of a type between two subjects is recorded, either way round.</summary>
    public const string RelationOwners = """
        SELECT DISTINCT subject_id FROM subject_relations
        WHERE (subject_id = $1 AND related_id = $2 AND type = $3) OR (subject_id = $2 AND related_id = $1 AND type = $4)
        """;

    public const string DeleteCustody = "DELETE FROM subject_custody WHERE subject_id = $1";

    public const string InsertCustody = """
        INSERT INTO subject_custody (subject_id, ordinal, state, since, recorded_on, authority, place, country, in_effect_from, in_effect_until)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;

    public const string InsertHistory = """
        INSERT INTO history (at, actor, action, subject_id, list_name, source_id, import_id, fields, before_doc, after_doc)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        """;

    public const string SubjectById = "SELECT list_name, " + SubjectRecordColumns + " FROM subjects WHERE subject_id = $1";

    public const string CurrentSubjects = "SELECT document FROM subjects WHERE list_name = $1 AND removed_at IS NULL";

    public const string Lists = "SELECT name, format, created_at FROM lists";

    public const string LatestImports = "SELECT " + ImportColumns + " FROM imports WHERE id IN (SELECT max(id) FROM imports GROUP BY list_name)";

    public const string Counts = """
        SELECT list_name, custody_state, category, count(*) FROM subjects
        WHERE removed_at IS NULL
        GROUP BY list_name, custody_state, category
        """;

    public const string Imports = "SELECT " + ImportColumns + " FROM imports WHERE list_name = $1 ORDER BY id DESC";

    /// <summary>Every list with the id of its newest history entry (index history_by_list: one seek per list).</summary>
    public const string ListVersions = "SELECT name, (SELECT coalesce(max(h.id), 0) FROM history h WHERE h.list_name = lists.name) FROM lists";

    public const string ImportChanges = "SELECT " + HistoryColumns + " FROM history WHERE import_id = $1 ORDER BY id";
}
