using System.Globalization;
using FibroTrack.Core.Custom;
using FibroTrack.Core.Text;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Import;

/// <summary>Which people of a Flaredown file to read.</summary>
/// <param name="UserId">One user_id; <c>null</c> with <paramref name="AllUsers"/> false takes the file's only user_id.</param>
internal sealed record FlaredownSelection(string? UserId, bool AllUsers)
{
    public static FlaredownSelection All { get; } = new(null, true);

    public static FlaredownSelection One(string? userId) => new(string.IsNullOrWhiteSpace(userId) ? null : userId.Trim(), false);
}

/// <summary>
/// Reads a Flaredown CSV export (<c>user_id, age, sex, country, checkin_date, trackable_id, trackable_type,
/// trackable_name, trackable_value</c>) in one streaming pass. Rows may come in any order: a day is accumulated from
/// all its rows wherever they are, and two ratings of one variable on one day keep the higher (so the result does not
/// depend on row order). Age, sex and country are not read.
/// </summary>
internal static class FlaredownReader
{
    public const string Source = "flaredown";
    private const string UserIdColumn = "user_id";
    private const string DateColumn = "checkin_date";
    private const string TypeColumn = "trackable_type";
    private const string NameColumn = "trackable_name";
    private const string ValueColumn = "trackable_value";
    private const int MaxListedUsers = 100;
    private const int MaxCountedUsers = 1_000_000;

    public static async Task<ParsedFile> ReadAsync(Stream file, FlaredownSelection selection, ImportOptions options, IProgress<long>? progress, CancellationToken ct)
    {
        var errors = new ImportErrors(options.MaxErrors);
        var skipped = new SkippedRows();
        var people = new Dictionary<string, PersonData>(StringComparer.Ordinal);
        var userRows = new Dictionary<string, long>(StringComparer.Ordinal);
        var userOrder = new List<string>();
        var rows = 0L;
        string? only = selection.UserId;
        var moreThanOne = false;

        await using var hashing = new HashingStream(file, options.MaxBytes, progress);
        await using (var csv = new CsvRowReader(hashing, errors))
        {
            try
            {
                var columns = await csv.ReadHeaderAsync([UserIdColumn, DateColumn, TypeColumn, NameColumn, ValueColumn], [], ct);
                if (columns is not null)
                {
                    var (userAt, dateAt, typeAt, nameAt, valueAt) =
                        (columns[UserIdColumn], columns[DateColumn], columns[TypeColumn], columns[NameColumn], columns[ValueColumn]);
                    while (await csv.ReadAsync(ct))
                    {
                        rows++;
                        var userId = csv[userAt].Trim();
                        if (userRows.TryGetValue(userId, out var n))
                        {
                            userRows[userId] = n + 1;
                        }
                        else if (userRows.Count < MaxCountedUsers)
                        {
                            userRows[userId] = 1;
                            userOrder.Add(userId);
                        }

                        if (!selection.AllUsers)
                        {
                            // Without a chosen user_id the first one is read; a second one makes the choice ambiguous.
                            only ??= userId;
                            if (!string.Equals(userId, only, StringComparison.Ordinal))
                            {
                                moreThanOne |= selection.UserId is null;
                                continue;
                            }
                        }

                        if (userId.Length == 0)
                        {
                            errors.Add(csv.Line, UserIdColumn, "The user_id is empty.");
                            continue;
                        }

                        if (!people.TryGetValue(userId, out var person))
                        {
                            people[userId] = person = new PersonData(userId);
                        }

                        person.Rows++;
                        ReadRow(person, csv.Line, csv[dateAt], csv[typeAt], csv[nameAt], csv[valueAt], options, errors, skipped);
                    }
                }
            }
            catch (ImportTooLargeException e)
            {
                errors.Add(csv.Line + 1, null, e.Message);
            }
        }

        if (!selection.AllUsers)
        {
            if (moreThanOne)
            {
                errors.Add(1, UserIdColumn, $"The file holds {userRows.Count} people; choose one user_id (e.g. {string.Join(", ", userOrder.Take(5))}).");
            }
            else if (selection.UserId is not null && !people.ContainsKey(selection.UserId) && errors.Count == 0)
            {
                errors.Add(1, UserIdColumn, $"No rows for user_id '{selection.UserId}' in the file.");
            }
        }

        return new ParsedFile(
            Source, hashing.Sha256, hashing.BytesRead, rows,
            [.. people.Values.OrderBy(p => p.SourceUser, StringComparer.Ordinal)],
            skipped, errors,
            [.. userOrder.Take(MaxListedUsers).Select(u => new SourceUserRows(u, userRows[u]))],
            userRows.Count);
    }

    private static void ReadRow(
        PersonData person, long line, string dateText, string typeText, string nameText, string valueText,
        ImportOptions options, ImportErrors errors, SkippedRows skipped)
    {
        if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(line, DateColumn, $"'{Shorten(dateText)}' is not a date as yyyy-MM-dd.");
            return;
        }

        var type = typeText.Trim();
        var name = nameText.Trim();
        var value = valueText.Trim();
        if (name.Length == 0)
        {
            errors.Add(line, NameColumn, "The trackable_name is empty.");
            return;
        }

        switch (type.ToLowerInvariant())
        {
            case "symptom":
            case "condition":
                if (value.Length == 0)
                {
                    skipped.Add(type, name, "no rating recorded that day");
                    return;
                }

                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rating) || FlaredownMapping.ToScale(rating) is not { } scaled)
                {
                    errors.Add(line, ValueColumn, $"A {type.ToLowerInvariant()} rating must be a number from 0 to 4 (got '{Shorten(value)}').");
                    return;
                }

                var code = type.Equals("symptom", StringComparison.OrdinalIgnoreCase) && FlaredownMapping.Symptoms.TryGetValue(name, out var builtIn)
                    ? builtIn
                    : Custom(person, type.Equals("symptom", StringComparison.OrdinalIgnoreCase) ? name : $"{name} (condition)", VariableType.Scale, VariableKind.Symptom, line, options, errors);
                if (code is not null)
                {
                    SetMax(person.Day(date, line), code, scaled, flag: false, line);
                }

                return;

            case "food":
                var food = FlaredownMapping.Foods.TryGetValue(name, out var diet)
                    ? diet
                    : Custom(person, $"{name} (food)", VariableType.YesNo, VariableKind.Exposure, line, options, errors);
                if (food is not null)
                {
                    SetMax(person.Day(date, line), food, 1, flag: true, line);
                }

                return;

            case "treatment":
                Treatment(person, date, line, name, value, errors);
                return;

            case "tag":
                var day = person.Day(date, line);
                day.Tags ??= [];
                if (!day.Tags.Any(t => string.Equals(t.Tag, name, StringComparison.OrdinalIgnoreCase)))
                {
                    day.Tags.Add((name, line, NameColumn));
                }

                return;

            case "weather":
                skipped.Add(type, name, "weather is looked up by Flaredown from the location, not recorded by the person");
                return;

            case "hbi":
                skipped.Add(type, name, "the Harvey–Bradshaw index (Crohn's disease) has no FibroTrack variable");
                return;

            default:
                skipped.Add(type.Length == 0 ? "(empty)" : type, name, "unknown trackable_type");
                return;
        }
    }

    /// <summary>Records a treatment as taken that day, under a regimen item named after it.</summary>
    private static void Treatment(PersonData person, DateOnly date, long line, string name, string doseText, ImportErrors errors)
    {
        var label = name.Length > Core.Regimen.RegimenValidator.MaxNameLength ? name[..Core.Regimen.RegimenValidator.MaxNameLength].TrimEnd() : name;
        var key = Slug.KeyFor(label);
        if (key.Length == 0)
        {
            errors.Add(line, NameColumn, $"'{Shorten(name)}' has no letter or digit to name a regimen item by.");
            return;
        }

        var code = "med." + key;
        if (!person.Regimen.TryGetValue(code, out var item))
        {
            person.Regimen[code] = item = new RegimenDraft(code, label, line, NameColumn);
        }

        item.Days.Add(date);
        if (doseText.Length > 0 && FlaredownMapping.TryParseDose(doseText, out var dose, out var unit))
        {
            if (!item.Doses.TryGetValue(date, out var existing) || dose > existing.Dose)
            {
                item.Doses[date] = (dose, unit);
            }

            item.FirstDoseText ??= Shorten(doseText);
        }

        SetMax(person.Day(date, line), code, 1, flag: true, line);
    }

    /// <summary>The code of a custom variable of this name, registered for creation; <c>null</c> (with an error) when it cannot be one.</summary>
    private static string? Custom(PersonData person, string name, VariableType type, VariableKind kind, long line, ImportOptions options, ImportErrors errors)
    {
        var label = name.Length > CustomVariableValidator.MaxNameLength ? name[..CustomVariableValidator.MaxNameLength].TrimEnd() : name;
        var key = Slug.KeyFor(label);
        if (key.Length == 0)
        {
            errors.Add(line, NameColumn, $"'{Shorten(name)}' has no letter or digit to name a variable by.");
            return null;
        }

        var code = CustomVariableValidator.CodePrefix + key;
        if (person.Variables.TryGetValue(code, out var existing))
        {
            if (existing.Type != type)
            {
                errors.Add(line, NameColumn, $"'{Shorten(name)}' would share the code {code} with '{existing.Name}' (line {existing.Line}), which has another type.");
                return null;
            }

            return code;
        }

        if (person.Variables.Count >= options.MaxNewVariables)
        {
            errors.Add(line, NameColumn, $"More than {options.MaxNewVariables} distinct new variables for one person.");
            return null;
        }

        person.Variables[code] = new VariableDraft(code, label, type, kind, null, null, null, line, NameColumn);
        return code;
    }

    /// <summary>Keeps the higher of two values of one variable on one day: row order cannot change the result.</summary>
    private static void SetMax(DayData day, string code, double value, bool flag, long line)
    {
        if (!day.Values.TryGetValue(code, out var existing) || value > existing.Value.Number)
        {
            // A yes/no is sent as a boolean, as the API would; its Number only serves the comparison above.
            var input = flag ? InputValue.Of(true) with { Number = value } : InputValue.Of(value);
            day.Values[code] = new SourceValue(input, line, ValueColumn);
        }
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
