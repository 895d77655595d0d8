using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Import;

/// <summary>A value read from a file, with the line and column it came from so validation can point back at it.</summary>
internal readonly record struct SourceValue(InputValue Value, long Line, string Column);

/// <summary>The imported part of one diary day, accumulated row by row in any order.</summary>
internal sealed class DayData(long line)
{
    /// <summary>The first line that mentioned the date: where a problem with the date itself is reported.</summary>
    public long Line { get; set; } = line;

    public Dictionary<string, SourceValue> Values { get; } = new(StringComparer.Ordinal);

    public List<(string Tag, long Line, string Column)>? Tags { get; set; }
}

/// <summary>A custom variable the file needs, by code <c>custom.{slug of the name}</c>.</summary>
internal sealed record VariableDraft(string Code, string Name, VariableType Type, VariableKind Kind, string? Unit, double? Min, double? Max, long Line, string Column)
{
    /// <summary>Option labels of a category.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}

/// <summary>A medication or supplement the file records as taken, with the doses its rows give by date.</summary>
internal sealed class RegimenDraft(string code, string name, long line, string column)
{
    public string Code { get; } = code;

    public string Name { get; } = name;

    public long Line { get; } = line;

    public string Column { get; } = column;

    public SortedDictionary<DateOnly, (double Dose, string Unit)> Doses { get; } = [];

    public HashSet<DateOnly> Days { get; } = [];

    /// <summary>The first dose text as written, kept in the item's notes.</summary>
    public string? FirstDoseText { get; set; }
}

/// <summary>Everything read from a file for one person.</summary>
internal sealed class PersonData(string? sourceUser)
{
    public string? SourceUser { get; } = sourceUser;

    public long Rows { get; set; }

    public Dictionary<DateOnly, DayData> Days { get; } = [];

    public Dictionary<string, VariableDraft> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RegimenDraft> Regimen { get; } = new(StringComparer.Ordinal);

    public DayData Day(DateOnly date, long line)
    {
        if (!Days.TryGetValue(date, out var day))
        {
            Days[date] = day = new DayData(line);
        }

        return day;
    }
}

/// <summary>Collects problems: the first <c>max</c> listed, all counted.</summary>
internal sealed class ImportErrors(int max)
{
    private readonly List<ImportError> _listed = [];

    public IReadOnlyList<ImportError> Listed => _listed;

    public int Count { get; private set; }

    public void Add(long line, string? column, string message)
    {
        Count++;
        if (_listed.Count < max)
        {
            _listed.Add(new ImportError(line, column, message));
        }
    }
}

/// <summary>Rows skipped, by (type, name, reason), so a plan can say what was left out.</summary>
internal sealed class SkippedRows
{
    private const int MaxNames = 500;
    private readonly Dictionary<(string Type, string Name, string Reason), long> _counts = [];

    public void Add(string type, string name, string reason)
    {
        var key = (type, name, reason);
        if (_counts.TryGetValue(key, out var n))
        {
            _counts[key] = n + 1;
        }
        else if (_counts.Count < MaxNames)
        {
            _counts[key] = 1;
        }
        else
        {
            // A file with endless distinct names: group the rest rather than grow without bound.
            var other = (type, "(other names)", reason);
            _counts[other] = _counts.GetValueOrDefault(other) + 1;
        }
    }

    public IReadOnlyList<SkippedName> ToList() =>
        [.. _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Name, StringComparer.Ordinal)
            .Select(p => new SkippedName(p.Key.Type, p.Key.Name, p.Value, p.Key.Reason))];
}

/// <summary>What a reader made of a whole file.</summary>
internal sealed record ParsedFile(
    string Source,
    string Sha256,
    long Bytes,
    long Rows,
    IReadOnlyList<PersonData> People,
    SkippedRows Skipped,
    ImportErrors Errors,
    IReadOnlyList<SourceUserRows> SourceUsers,
    int SourceUserCount);
