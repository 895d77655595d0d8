namespace FibroTrack.Core.Matrix;

/// <summary>
/// One person's data on an explicit calendar grid: one row per local date from <see cref="Start"/>,
/// one column per variable, <see cref="double.NaN"/> where nothing was recorded. Every analysis reads
/// this, never the raw stream. Stored column by column because analyses walk one variable at a time.
/// </summary>
public sealed class DailyMatrix
{
    private readonly double[][] _columns;
    private readonly bool[] _recorded;
    private readonly Dictionary<string, int> _index;

    internal DailyMatrix(DateOnly start, IReadOnlyList<MatrixColumn> columns, double[][] data, bool[] recorded)
    {
        Start = start;
        Columns = columns;
        _columns = data;
        _recorded = recorded;
        _index = new Dictionary<string, int>(columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            _index.Add(columns[i].Code, i);
        }
    }

    public DateOnly Start { get; }

    public int DayCount => _recorded.Length;

    public DateOnly End => Start.AddDays(DayCount - 1);

    public IReadOnlyList<MatrixColumn> Columns { get; }

    public DateOnly DateAt(int day) => Start.AddDays(day);

    /// <summary>Whether the person saved anything for that day.</summary>
    public bool IsRecorded(int day) => _recorded[day];

    /// <summary>Number of days with a diary entry.</summary>
    public int RecordedDays => _recorded.Count(r => r);

    public int IndexOf(string code) => _index.TryGetValue(code, out var i) ? i : -1;

    public bool HasColumn(string code) => _index.ContainsKey(code);

    public ReadOnlySpan<double> Column(int index) => _columns[index];

    public ReadOnlySpan<double> Column(string code) =>
        _index.TryGetValue(code, out var i) ? _columns[i] : throw new KeyNotFoundException($"The matrix has no column '{code}'.");

    public double this[int day, int column] => _columns[column][day];

    public double this[DateOnly date, string code] => Column(code)[date.DayNumber - Start.DayNumber];

    /// <summary>
    /// A matrix with one more column on the same calendar grid, for series derived or read elsewhere (a composite
    /// score, questionnaire totals). The existing columns are shared, not copied; the values are taken as given.
    /// </summary>
    /// <exception cref="ArgumentException">The code is already a column, or the values do not cover the grid.</exception>
    public DailyMatrix WithColumn(MatrixColumn column, double[] values)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(values);
        if (_index.ContainsKey(column.Code))
        {
            throw new ArgumentException($"The matrix already has a column '{column.Code}'.", nameof(column));
        }

        if (values.Length != DayCount)
        {
            throw new ArgumentException($"The matrix has {DayCount} days but '{column.Code}' has {values.Length} values.", nameof(values));
        }

        return new DailyMatrix(Start, [.. Columns, column], [.. _columns, values], _recorded);
    }
}
