using CsvHelper;

namespace FibroTrack.Features.Import;

/// <summary>
/// Streams the records of a comma-separated file with the line each starts on, through CsvHelper's reader (UTF-8,
/// SIMD, fields as spans; no object mapping). Records with broken quoting are skipped and reported; a record longer
/// than <see cref="MaxRecordBytes"/> (an unclosed quote swallowing the file) ends reading with an error, so neither
/// can throw past the importer or fill memory.
/// </summary>
internal sealed class CsvRowReader : IAsyncDisposable
{
    /// <summary>No record of either format comes near this.</summary>
    public const int MaxRecordBytes = 64 * 1024;

    private readonly CsvReader _reader;
    private readonly ImportErrors _errors;

    public CsvRowReader(Stream stream, ImportErrors errors)
    {
        _errors = errors;
        _reader = CsvReader.Create(stream, CsvReaderOptions.Default with
        {
            // Both formats are comma-separated: detection could take a semicolon inside a value for the separator.
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => _errors.Add(record.LineNumber, null,
                $"Malformed CSV ({record.Reason}): quote the whole field and double any quote inside it. The row was not read."),
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            // Repeated values (trackable types, names, dates) share one string instead of a million copies.
            PoolStrings = true,
            // Values may be personal data: keep them out of exception messages and logs.
            IncludeValuesInExceptions = false,
        }, leaveOpen: true);
    }

    /// <summary>The line the current record starts on (1-based; the header is line 1).</summary>
    public long Line { get; private set; }

    public int FieldCount => _reader.FieldCount;

    /// <summary>Field <paramref name="index"/> of the current record; empty when the record is shorter.</summary>
    public string this[int index] => index >= 0 && index < _reader.FieldCount ? _reader.GetString(index) ?? string.Empty : string.Empty;

    /// <summary>The next record, or false at the end of the file or after a problem that ends it.</summary>
    public async Task<bool> ReadAsync(CancellationToken ct)
    {
        try
        {
            if (!await _reader.ReadAsync(ct))
            {
                return false;
            }

            Line = _reader.LineNumber;
            return true;
        }
        catch (CsvFormatException e) when (FindTooLarge(e) is null)
        {
            _errors.Add(e.LineNumber > 0 ? e.LineNumber : Line + 1, null,
                $"A row longer than {MaxRecordBytes / 1024} KiB or unreadable CSV: probably an unclosed quote. Reading stopped here.");
            return false;
        }
        catch (Exception e) when (e is not ImportTooLargeException && FindTooLarge(e) is { } tooLarge)
        {
            throw tooLarge;
        }
    }

    /// <summary>Reads the header and finds the named columns (case-insensitive); missing required ones are errors on line 1.</summary>
    public async Task<Dictionary<string, int>?> ReadHeaderAsync(IReadOnlyList<string> required, IReadOnlyList<string> optional, CancellationToken ct)
    {
        if (!await ReadAsync(ct))
        {
            if (_errors.Count == 0)
            {
                _errors.Add(1, null, "The file is empty: expected a header line.");
            }

            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < FieldCount; i++)
        {
            columns.TryAdd(this[i].Trim().TrimStart('\uFEFF'), i);
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in required.Concat(optional))
        {
            if (columns.TryGetValue(name, out var index))
            {
                found[name] = index;
            }
            else if (required.Contains(name))
            {
                _errors.Add(Line, name, $"The header has no '{name}' column. Expected columns: {string.Join(", ", required)}.");
            }
        }

        return required.All(found.ContainsKey) ? found : null;
    }

    private static ImportTooLargeException? FindTooLarge(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is ImportTooLargeException tooLarge)
            {
                return tooLarge;
            }
        }

        return null;
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();
}
