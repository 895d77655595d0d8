using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Diary;

/// <summary>
/// The check-in form's state as text, exactly as typed, so a refused form comes back with everything
/// the person entered. Built from a stored day (GET) or from the posted form (POST).
/// </summary>
public sealed class CheckInForm
{
    /// <summary>Rows offered for activity sessions beyond the ones already recorded.</summary>
    public const int MinimumActivityRows = 3;

    // Form field names. Plain names keep the form usable without JavaScript.
    public const string ValuePrefix = "v:";
    public const string YesNoMarker = "yesno";
    public const string AreaField = "area";
    public const string NoAreasField = "area-none";
    public const string ActivityType = "act-type";
    public const string ActivityMinutes = "act-min";
    public const string ActivityIntensity = "act-int";
    public const string TagsField = "tags";
    public const string NotesField = "notes";

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Areas { get; } = new(StringComparer.Ordinal);

    public bool NoAreas { get; set; }

    public List<ActivityRow> Activities { get; } = [];

    public string Tags { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;

    public string Value(string code) => Values.GetValueOrDefault(code, string.Empty);

    public bool IsChecked(string code) => Values.GetValueOrDefault(code) is "true";

    public static CheckInForm FromDay(DiaryDay? day, VariableVocabulary vocabulary)
    {
        var form = new CheckInForm();
        if (day is not null)
        {
            foreach (var (code, value) in day.Values)
            {
                if (vocabulary.Find(code) is { } variable)
                {
                    form.Values[code] = value.Format(variable);
                }
            }

            if (day.PainAreas is not null)
            {
                form.Areas.UnionWith(day.PainAreas);
                form.NoAreas = day.PainAreas.Count == 0;
            }

            form.Activities.AddRange(day.Activities.Select(a => new ActivityRow(a.Type.Code, a.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Intensity.ToCode())));
            form.Tags = string.Join(", ", day.Tags);
            form.Notes = day.Notes ?? string.Empty;
        }

        form.PadActivities();
        return form;
    }

    public static CheckInForm FromPost(IFormCollection post)
    {
        var form = new CheckInForm();
        foreach (var (key, value) in post)
        {
            if (key.StartsWith(ValuePrefix, StringComparison.Ordinal))
            {
                form.Values[key[ValuePrefix.Length..]] = value.ToString();
            }
        }

        // Checkboxes send nothing when unticked; the form lists its yes/no codes so that becomes "no".
        foreach (var code in post[YesNoMarker])
        {
            if (code is not null)
            {
                form.Values[code] = form.Values.ContainsKey(code) ? "true" : "false";
            }
        }

        form.Areas.UnionWith(post[AreaField].OfType<string>());
        form.NoAreas = post.ContainsKey(NoAreasField);

        var types = post[ActivityType];
        var minutes = post[ActivityMinutes];
        var intensities = post[ActivityIntensity];
        for (var i = 0; i < types.Count; i++)
        {
            form.Activities.Add(new ActivityRow(
                types[i] ?? string.Empty,
                i < minutes.Count ? minutes[i] ?? string.Empty : string.Empty,
                i < intensities.Count ? intensities[i] ?? string.Empty : string.Empty));
        }

        form.Tags = post[TagsField].ToString();
        form.Notes = post[NotesField].ToString();
        return form;
    }

    /// <summary>The form as core input. Blank activity rows are dropped; everything else is validated by the core.</summary>
    public DiaryDayInput ToInput(DateOnly date) => new()
    {
        Date = date,
        Values = Values.ToDictionary(p => p.Key, p => InputValue.FromForm(p.Value), StringComparer.Ordinal),
        PainAreas = Areas.Count > 0 || NoAreas ? [.. Areas] : null,
        Activities = [.. Activities.Where(a => !a.IsBlank).Select(a => new ActivityInput(a.Type, InputValue.FromForm(a.Minutes), a.Intensity))],
        Tags = Tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Notes = Notes,
    };

    /// <summary>Maps core error fields (<c>activities[i]</c> counts only non-blank rows) back to form rows.</summary>
    public int ActivityRowIndex(int inputIndex)
    {
        var seen = -1;
        for (var i = 0; i < Activities.Count; i++)
        {
            if (!Activities[i].IsBlank && ++seen == inputIndex)
            {
                return i;
            }
        }

        return -1;
    }

    public void PadActivities()
    {
        while (!Activities.Any(a => a.IsBlank) || Activities.Count < MinimumActivityRows)
        {
            Activities.Add(new ActivityRow(string.Empty, string.Empty, "light"));
        }
    }
}

/// <summary>One activity row of the form, as typed.</summary>
public sealed record ActivityRow(string Type, string Minutes, string Intensity)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Minutes);
}
