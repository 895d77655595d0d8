namespace FibroTrack.Data.Entities;

/// <summary>
/// One committed import of a file into a person's diary. Its natural key (owner, source, selection, SHA-256 of the
/// file) makes a repeat of the same import a no-op.
/// </summary>
public sealed class ImportRecord : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>The importer: <c>flaredown</c> or <c>csv</c>.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>What was taken from the file: the Flaredown user_id, or a digest of the CSV's mapping.</summary>
    public string Selection { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public long Bytes { get; set; }

    public long Rows { get; set; }

    public int Days { get; set; }

    public long Observations { get; set; }

    public DateTime ImportedAt { get; set; }
}
