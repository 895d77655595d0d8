using FibroTrack.Core.Diary;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Matrix;

/// <summary>
/// Turns a person's observation stream into their <see cref="DailyMatrix"/>: the one function all
/// analyses share. Rules:
/// <list type="bullet">
/// <item>A variable not recorded on a day is missing (NaN), never zero.</item>
/// <item>Activity minutes, activity load and tags are 0 on a day that has a diary entry but no such
/// session or tag: the check-in lists them all, so an empty list means "none".</item>
/// <item>A category becomes one 0/1 column per option, so analyses never treat option codes as numbers.</item>
/// <item>Codes the vocabulary does not know (an archived custom variable) and notes are left out.</item>
/// </list>
/// </summary>
public static class DailyMatrixBuilder
{
    public static DailyMatrix Build(VariableVocabulary vocabulary, IEnumerable<Observation> observations, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(observations);
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        var days = to.DayNumber - from.DayNumber + 1;
        var list = observations as IReadOnlyCollection<Observation> ?? [.. observations];

        var columns = new List<MatrixColumn>(vocabulary.Variables.Count + 8);
        var valueColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var optionColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        var zeroOnRecordedDays = new List<int>();

        foreach (var v in vocabulary.Variables)
        {
            if (v.Type == VariableType.Category)
            {
                foreach (var option in v.Options)
                {
                    var code = MatrixCodes.CategoryOption(v.Code, option.Code);
                    optionColumns[code] = columns.Count;
                    columns.Add(new MatrixColumn(code, $"{v.Label}: {option.Label}", v.Kind, v.Code));
                }

                continue;
            }

            if (ActivityTypes.Find(v.Code) is not null)
            {
                zeroOnRecordedDays.Add(columns.Count);
            }

            valueColumn[v.Code] = columns.Count;
            columns.Add(new MatrixColumn(v.Code, v.Label, v.Kind, v.Code));
        }

        var wpiCount = Add(columns, new MatrixColumn(MatrixCodes.WpiCount, "Painful areas (WPI)", VariableKind.Symptom, MatrixCodes.WpiCount));
        var activityMinutes = Add(columns, new MatrixColumn(MatrixCodes.ActivityMinutes, "Activity minutes", VariableKind.Exposure, MatrixCodes.ActivityMinutes));
        var activityLoad = Add(columns, new MatrixColumn(MatrixCodes.ActivityLoad, "Activity load", VariableKind.Exposure, MatrixCodes.ActivityLoad));
        zeroOnRecordedDays.Add(activityMinutes);
        zeroOnRecordedDays.Add(activityLoad);

        // Tags are personal and open-ended: one column per distinct tag in the stream, in sorted order
        // so the matrix does not depend on the order observations arrive in. Tags differing only in case
        // share a column named after the ordinal-first spelling, for the same reason.
        var tagColumn = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in list.Where(o => o.Code == DiaryCodes.Tag && !string.IsNullOrEmpty(o.Text))
                     .Select(o => o.Text!).GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Select(g => g.Min(StringComparer.Ordinal)!)
                     .Order(StringComparer.OrdinalIgnoreCase))
        {
            tagColumn[tag] = columns.Count;
            zeroOnRecordedDays.Add(columns.Count);
            columns.Add(new MatrixColumn(MatrixCodes.TagPrefix + tag, tag, VariableKind.Event, DiaryCodes.Tag));
        }

        var data = new double[columns.Count][];
        for (var c = 0; c < data.Length; c++)
        {
            data[c] = new double[days];
            Array.Fill(data[c], double.NaN);
        }

        var recorded = new bool[days];
        foreach (var o in list)
        {
            var day = o.Date.DayNumber - from.DayNumber;
            if ((uint)day >= (uint)days)
            {
                continue;
            }

            if (valueColumn.TryGetValue(o.Code, out var col))
            {
                recorded[day] = true;
                var value = o.Value ?? double.NaN;
                if (ActivityTypes.Find(o.Code) is not null)
                {
                    // Several sessions of one type on a day add up.
                    data[col][day] = AddOrSet(data[col][day], value);
                    data[activityMinutes][day] = AddOrSet(data[activityMinutes][day], value);
                    _ = IntensityExtensions.TryParse(o.Text, out var intensity);
                    data[activityLoad][day] = AddOrSet(data[activityLoad][day], value * intensity.LoadWeight());
                }
                else
                {
                    data[col][day] = value;
                    if (BodyAreas.IsArea(o.Code))
                    {
                        data[wpiCount][day] = AddOrSet(data[wpiCount][day], value);
                    }
                }
            }
            else if (o.Text is not null && vocabulary.Find(o.Code) is { Type: VariableType.Category } category)
            {
                recorded[day] = true;
                foreach (var option in category.Options)
                {
                    data[optionColumns[MatrixCodes.CategoryOption(category.Code, option.Code)]][day] =
                        string.Equals(option.Code, o.Text, StringComparison.Ordinal) ? 1 : 0;
                }
            }
            else if (o.Code == DiaryCodes.Tag && o.Text is not null && tagColumn.TryGetValue(o.Text, out var tagCol))
            {
                recorded[day] = true;
                data[tagCol][day] = 1;
            }
            else if (o.Code == DiaryCodes.Note)
            {
                recorded[day] = true;
            }
        }

        foreach (var col in zeroOnRecordedDays)
        {
            var column = data[col];
            for (var day = 0; day < days; day++)
            {
                if (recorded[day] && double.IsNaN(column[day]))
                {
                    column[day] = 0;
                }
            }
        }

        return new DailyMatrix(from, columns, data, recorded);
    }

    private static int Add(List<MatrixColumn> columns, MatrixColumn column)
    {
        columns.Add(column);
        return columns.Count - 1;
    }

    private static double AddOrSet(double current, double value) => double.IsNaN(current) ? value : current + value;
}
